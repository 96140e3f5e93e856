package dev.keepup.api.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.api.Application;
import dev.keepup.api.config.ConfigLoader;
import dev.keepup.api.config.KeepupConfig;
import dev.keepup.api.ingest.IngestReport;
import dev.keepup.api.ingest.SampleData;
import dev.keepup.graph.PostNode;
import dev.keepup.graph.SourceNode;
import dev.keepup.graph.audit.Discrepancy;
import dev.keepup.indexer.search.TextDocument;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsistencyCheckTest {

  private static KeepupConfig config(Path dir) {
    return new ConfigLoader().load(null, Map.of()).withDataDir(dir);
  }

  private static Map<String, Discrepancy> byKind(ConsistencyReport report) {
    return report.discrepancies().stream().collect(Collectors.toMap(Discrepancy::kind, d -> d));
  }

  private static void cypher(Application app, String statement) {
    try (var session = app.driver().session()) {
      session.run(statement).consume();
    }
  }

  @Test
  void storesFilledByIngestAgreeAndEachKindOfDamageIsReportedWithExamples(@TempDir Path dir) {
    try (Application app = Application.open(config(dir))) {
      app.ingest().ingest(SampleData.papers().papers());
      ConsistencyReport clean = ConsistencyCheck.run(app);

      app.index().delete(List.of("1605.08386"));
      app.index().upsertTexts(List.of(new TextDocument("ghost-doc", "A ghost", "indexed without a graph node")));
      cypher(app, "CREATE (:Researcher {key: 'nobody-at-all', name: 'Nobody At All'})");
      cypher(app, "CREATE (:Organization {key: 'empty-org', name: 'Empty Org'})");
      cypher(app, "MATCH (p:Paper {id: '2202.12139'}) SET p.version = p.version + 1");
      Map<String, Discrepancy> found = byKind(ConsistencyCheck.run(app));

      assertThat(clean.discrepancies()).isEmpty();
      assertThat(clean.graphPapers()).isEqualTo(clean.indexDocuments()).isPositive();
      assertThat(found.get("graph papers missing from the search index").examples()).containsExactly("1605.08386");
      assertThat(found.get("index documents with no paper or post in the graph").examples()).containsExactly("ghost-doc");
      assertThat(found.get("researchers without papers").examples()).containsExactly("nobody-at-all");
      assertThat(found.get("organizations without researchers").examples()).containsExactly("empty-org");
      assertThat(found.get("papers indexed at another version than the graph's").examples()).containsExactly("2202.12139");
      assertThat(found).hasSize(5);
    }
  }

  @Test
  void aGraphPostMissingFromTheIndexIsReported(@TempDir Path dir) {
    URI url = URI.create("https://blog.example.org/posts/missing/");
    try (Application app = Application.open(config(dir))) {
      app.graph().linkFromSource(new SourceNode("blog-example", "blog", "Example", "https://blog.example.org/feed.xml"), List.of());
      app.graph().upsertPosts(List.of(new PostNode(url, "A post", "its text", Instant.parse("2026-01-01T00:00:00Z"), "blog-example", List.of())));
      app.index().upsertTexts(List.of(new TextDocument(url.toString(), "A post", "its text")));
      ConsistencyReport clean = ConsistencyCheck.run(app);

      app.index().delete(List.of(url.toString()));
      ConsistencyReport found = ConsistencyCheck.run(app);

      assertThat(clean.discrepancies()).isEmpty();
      assertThat(clean.graphPosts()).isEqualTo(1);
      assertThat(found.discrepancies()).singleElement()
          .isEqualTo(new Discrepancy("graph posts missing from the search index", 1, List.of(url.toString())));
    }
  }

  /**
   * The crash window: the graph has committed a batch and the process dies before the index commits
   * it. A re-ingest finds the paper known at its version ("unchanged") and would never index it;
   * the paper's "index pending" mark makes the next start-up index it.
   */
  @Test
  void aPaperTheGraphCommittedButTheIndexDidNotIsIndexedAtTheNextStart(@TempDir Path dir) {
    Paper paper = SampleData.papers().papers().getFirst();
    try (Application app = Application.open(config(dir))) {
      app.graph().upsertPapers(List.of(paper), Instant.parse("2026-01-01T00:00:00Z")); // the pipeline's first step, then "the crash"
      IngestReport again = app.ingest().ingest(List.of(paper));
      Map<String, Discrepancy> found = byKind(ConsistencyCheck.run(app));

      assertThat(again.unchanged()).isEqualTo(1);
      assertThat(app.index().count()).isZero();
      assertThat(found.get("papers written to the graph but not committed to the search index").examples())
          .containsExactly(paper.id().value());
      assertThat(found.get("graph papers missing from the search index").examples()).containsExactly(paper.id().value());
    }
    try (Application restarted = Application.open(config(dir))) {
      assertThat(restarted.index().contents().versions()).containsExactly(Map.entry(paper.id().value(), paper.version()));
      assertThat(ConsistencyCheck.run(restarted).discrepancies()).isEmpty();
      assertThat(restarted.graph().paper(PaperId.of(paper.id().value()))).isPresent();
    }
  }
}
