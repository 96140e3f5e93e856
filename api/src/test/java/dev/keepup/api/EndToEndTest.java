package dev.keepup.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.api.config.ConfigLoader;
import dev.keepup.api.config.KeepupConfig;
import dev.keepup.api.ingest.ArxivResponseFiles;
import dev.keepup.api.ingest.IngestReport;
import dev.keepup.graph.GraphCounts;
import dev.keepup.graph.ResearcherKeys;
import dev.keepup.graph.StoredPaper;
import dev.keepup.indexer.search.SearchHit;
import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole skeleton on real parts: the application on a temporary data directory with the embedded
 * Neo4j reached over Bolt, a Lucene index on disk, and the recorded arXiv API responses shipped as
 * sample data. The steps build on each other (ingest, re-ingest, new version), so they run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {

  @TempDir static Path dataDir;
  @TempDir static Path inputs;
  static Application app;
  static List<Path> files;
  static Collection<Paper> distinctInput;
  static IngestReport firstIngest;

  @BeforeAll
  static void ingestTheSampleResponses() throws IOException {
    KeepupConfig config = new ConfigLoader().load(null, Map.of()).withDataDir(dataDir);
    app = Application.open(config);
    files = sampleNames().stream().map(name -> TestPapers.sampleFile(inputs, name)).toList();
    ArxivResponseFiles.Parsed parsed = new ArxivResponseFiles().read(files);
    Map<PaperId, Paper> byId = new LinkedHashMap<>();
    parsed.papers().forEach(p -> byId.put(p.id(), p));
    distinctInput = byId.values();
    firstIngest = app.ingest().ingest(parsed.papers());
  }

  private static List<String> sampleNames() throws IOException {
    try (InputStream in = EndToEndTest.class.getClassLoader().getResourceAsStream("samples/arxiv-api/index.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
  }

  @AfterAll
  static void close() {
    app.close();
  }

  private static long count(String cypher, Map<String, Object> params) {
    return app.driver().executableQuery(cypher).withParameters(params).execute().records().getFirst().get(0).asLong();
  }

  @Test
  @Order(1)
  void graphHoldsEveryDistinctPaperResearcherAndAuthorship() {
    long authorships = distinctInput.stream().mapToLong(p -> p.authors().size()).sum();
    long researchers = distinctInput.stream().flatMap(p -> p.authors().stream())
        .map(a -> ResearcherKeys.of(a.name())).distinct().count();

    assertThat(distinctInput).hasSize(105);
    assertThat(firstIngest.created()).isEqualTo(105);
    assertThat(firstIngest.unchanged()).isEqualTo(firstIngest.received() - 105);
    assertThat(app.graph().counts()).isEqualTo(new GraphCounts(105, researchers, authorships, app.graph().counts().categories()));
    assertThat(app.index().count()).isEqualTo(105);
    assertThat(count(
            "MATCH (r:Researcher)-[a:AUTHORED]->(:Paper {id: $id}) RETURN count(r)",
            Map.of("id", "1605.08386")))
        .isEqualTo(distinctInput.stream().filter(p -> p.id().value().equals("1605.08386")).findFirst().orElseThrow().authors().size());
  }

  @Test
  @Order(2)
  void oldStyleIdsAndAffiliationsSurviveTheRoundTrip() {
    StoredPaper stored = app.graph().paper(PaperId.of("astro-ph/0601001")).orElseThrow();
    Paper input = distinctInput.stream().filter(p -> p.id().value().equals("astro-ph/0601001")).findFirst().orElseThrow();

    assertThat(stored.paper()).isEqualTo(input);
  }

  @Test
  @Order(3)
  void searchRanksTitleMatchesFirst() {
    List<SearchHit> heatBath = app.index().search("heat-bath random walks", 5).hits();
    List<SearchHit> metamorphic = app.index().search("metamorphic testing", 10).hits();

    assertThat(heatBath.getFirst().id()).isEqualTo("1605.08386");
    assertThat(metamorphic).isNotEmpty();
    assertThat(metamorphic.subList(0, Math.min(3, metamorphic.size())))
        .allSatisfy(h -> assertThat(h.title()).containsIgnoringCase("metamorphic"));
    assertThat(metamorphic).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
  }

  @Test
  @Order(4)
  void searchByAuthorFindsTheirPapers() {
    Paper anyPaper = distinctInput.stream().filter(p -> p.id().value().equals("1605.08386")).findFirst().orElseThrow();
    String author = anyPaper.authors().getFirst().name();

    List<SearchHit> hits = app.index().search("author:\"" + author + "\"", 20).hits();

    assertThat(hits).extracting(SearchHit::id).contains("1605.08386");
    assertThat(hits).allSatisfy(h -> assertThat(h.authors()).contains(author));
  }

  @Test
  @Order(5)
  void reIngestingTheSameFilesChangesNothing() {
    GraphCounts before = app.graph().counts();
    String firstSeen = app.graph().paper(PaperId.of("1605.08386")).orElseThrow().firstSeen().toString();

    IngestReport again = app.ingest().ingest(new ArxivResponseFiles().read(files).papers());

    assertThat(again.created()).isZero();
    assertThat(again.updated()).isZero();
    assertThat(app.graph().counts()).isEqualTo(before);
    assertThat(app.index().count()).isEqualTo(105);
    assertThat(app.graph().paper(PaperId.of("1605.08386")).orElseThrow().firstSeen().toString()).isEqualTo(firstSeen);
  }

  @Test
  @Order(6)
  void aNewVersionReplacesTheOldOneInGraphAndIndex() {
    Path v2 = TestPapers.sampleFile(inputs, "id_1605.08386_s0_m100_199195aa31ad.xml", xml -> xml
        .replace("1605.08386v1", "1605.08386v2")
        .replace("Heat-bath random walks with Markov bases", "Heat-bath random walks with Markov bases, revised"));
    var before = app.graph().paper(PaperId.of("1605.08386")).orElseThrow();

    IngestReport report = app.ingest().ingest(new ArxivResponseFiles().read(List.of(v2)).papers());

    StoredPaper after = app.graph().paper(PaperId.of("1605.08386")).orElseThrow();
    assertThat(report.updated()).isEqualTo(1);
    assertThat(after.paper().version()).isEqualTo(2);
    assertThat(after.paper().title()).endsWith("revised");
    assertThat(after.firstSeen()).isEqualTo(before.firstSeen());
    assertThat(count("MATCH (p:Paper {id: '1605.08386'}) RETURN count(p)", Map.of())).isEqualTo(1);
    assertThat(count("MATCH (:Researcher)-[a:AUTHORED]->(:Paper {id: '1605.08386'}) RETURN count(a)", Map.of()))
        .isEqualTo(before.paper().authors().size());
    List<SearchHit> hits = app.index().search("revised", 5).hits();
    assertThat(hits).extracting(SearchHit::id, SearchHit::version).containsExactly(org.assertj.core.groups.Tuple.tuple("1605.08386", 2));
    assertThat(app.index().count()).isEqualTo(105);
    assertThat(before.paper().authors().stream().map(Author::name).collect(Collectors.toList()))
        .isEqualTo(after.paper().authors().stream().map(Author::name).toList());
  }
}
