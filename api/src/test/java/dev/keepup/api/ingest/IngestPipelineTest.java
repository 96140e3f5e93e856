package dev.keepup.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.api.Application;
import dev.keepup.api.config.ConfigLoader;
import dev.keepup.indexer.search.SearchHit;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The overlapped pipeline on real stores (embedded Neo4j over Bolt, Lucene on disk) with small
 * batches, so that several batches are tagged ahead of the one being written.
 */
class IngestPipelineTest {

  private static final int BATCH = 10;

  @TempDir Path dataDir;
  private Application app;
  private IngestPipeline pipeline;
  private List<Paper> sample;

  @BeforeEach
  void open() {
    app = Application.open(new ConfigLoader().load(null, Map.of()).withDataDir(dataDir));
    pipeline = new IngestPipeline(app.graph(), app.index(), app.tagging(), BATCH, report -> {});
    Map<PaperId, Paper> distinct = new LinkedHashMap<>();
    SampleData.papers().papers().forEach(p -> distinct.putIfAbsent(p.id(), p));
    sample = List.copyOf(distinct.values());
  }

  @AfterEach
  void close() {
    app.close();
  }

  @Test
  void aLaterVersionInALaterBatchWinsInGraphAndIndexAndAnOlderOneAfterItChangesNothing() {
    Paper first = sample.getFirst();
    Paper revised = new Paper(first.id(), first.version() + 1, "A revised title about metamorphic robustness",
        first.summary(), first.authors(), first.categories(), first.published(), first.updated(), null, null, null);
    List<Paper> input = new ArrayList<>(sample);
    input.add(revised);
    input.add(first);

    IngestReport report = pipeline.ingest(input);

    assertThat(report).isEqualTo(new IngestReport(sample.size() + 2, sample.size(), 1, 1, 0));
    assertThat(app.graph().paper(first.id()).orElseThrow().paper().version()).isEqualTo(revised.version());
    List<SearchHit> hits = app.index().search("id:\"" + first.id().value() + "\"", 5).hits();
    assertThat(hits).singleElement().satisfies(h -> {
      assertThat(h.version()).isEqualTo(revised.version());
      assertThat(h.title()).isEqualTo(revised.title());
    });
    assertThat(app.index().count()).isEqualTo(sample.size());
  }

  @Test
  void aRunStoppedBeforeItFinishesLeavesNoPaperInTheGraphThatTheIndexLacks() {
    int batches = IngestPipeline.BATCHES_AHEAD + 3;
    try (IngestPipeline.Run run = pipeline.start()) {
      sample.subList(0, batches * BATCH).forEach(run::add);
    }

    long written = (long) (batches - IngestPipeline.BATCHES_AHEAD) * BATCH;
    assertThat(app.graph().counts().papers()).isEqualTo(written);
    assertThat(app.index().count()).isEqualTo(written);
    for (Paper p : sample.subList(0, (int) written)) {
      assertThat(app.index().search("id:\"" + p.id().value() + "\"", 1).hits()).as(p.id().value()).hasSize(1);
    }
  }

  @Test
  void aPaperThatChangedAfterItsBatchWasPreparedIsStillTaggedAndIndexed() {
    pipeline.ingest(sample.subList(0, BATCH));
    Paper paper = sample.subList(0, BATCH).stream().filter(p -> topicsInGraph(p) > 0).findFirst().orElseThrow();
    long topics = topicsInGraph(paper);
    IngestPipeline onePerBatch = new IngestPipeline(app.graph(), app.index(), app.tagging(), 1, report -> {});

    IngestReport report;
    try (IngestPipeline.Run run = onePerBatch.start()) {
      run.add(paper); // known at this version when prepared: not tagged ahead
      app.driver().executableQuery("MATCH (p:Paper {id: $id}) DETACH DELETE p")
          .withParameters(Map.of("id", paper.id().value())).execute();
      report = run.finish();
    }

    assertThat(report.created()).isEqualTo(1);
    assertThat(topicsInGraph(paper)).isEqualTo(topics);
    assertThat(app.index().search("id:\"" + paper.id().value() + "\"", 1).hits())
        .singleElement().satisfies(h -> assertThat(h.topics()).isNotEmpty());
  }

  private long topicsInGraph(Paper paper) {
    return app.driver().executableQuery("MATCH (:Paper {id: $id})-[t:HAS_TOPIC]->() RETURN count(t)")
        .withParameters(Map.of("id", paper.id().value())).execute().records().getFirst().get(0).asLong();
  }
}
