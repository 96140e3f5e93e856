package dev.keepup.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.api.Application;
import dev.keepup.api.config.ConfigLoader;
import dev.keepup.indexer.search.PaperIndex;
import dev.keepup.indexer.search.SearchHit;
import dev.keepup.indexer.search.SearchRequest;
import dev.keepup.model.Paper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reindex rebuilds papers from the tags and keyphrases the graph keeps, tagging only what it must. */
class IndexRebuilderTest {

  /** What a search shows of each paper's tags, and the papers most like one (ranked on keyphrases too). */
  private record Searched(List<List<Object>> hits, List<String> similar) {
    static Searched in(PaperIndex index, String id) {
      List<List<Object>> hits = index.search(SearchRequest.of("learning").withPageSize(100)).hits().stream()
          .map(h -> List.<Object>of(h.id(), h.topics(), h.skills())).toList();
      return new Searched(hits, index.similar(id, 10).hits().stream().map(SearchHit::id).toList());
    }
  }

  private static long count(Application app, String cypher) {
    try (var session = app.driver().session()) {
      return session.run(cypher).single().get(0).asLong();
    }
  }

  @Test
  void reindexUsesTheStoredTagsAndTagsAgainOnlyPapersTaggedWithoutKeyphrases(@TempDir Path dir) {
    List<Paper> papers = SampleData.papers().papers();
    String first = papers.getFirst().id().value();
    try (Application app = Application.open(new ConfigLoader().load(null, Map.of()).withDataDir(dir))) {
      app.ingest().ingest(papers);
      long stored = app.graph().counts().papers();
      Searched ingested = Searched.in(app.index(), first);
      long taggingCpu = app.tagging().cpuNanos();

      IndexRebuilder.Rebuilt fromStoredTags = app.indexRebuilder().rebuild(false, done -> {});
      Searched afterStoredTags = Searched.in(app.index(), first);
      long cpuOfRebuild = app.tagging().cpuNanos() - taggingCpu;
      try (var session = app.driver().session()) {
        session.run("MATCH (p:Paper {id: $id}) REMOVE p.keyphrases", Map.of("id", first)).consume(); // as an older Keepup tagged it
      }
      IndexRebuilder.Rebuilt oneOld = app.indexRebuilder().rebuild(false, done -> {});
      Searched afterOneOld = Searched.in(app.index(), first);
      IndexRebuilder.Rebuilt all = app.indexRebuilder().rebuild(true, done -> {});

      assertThat(ingested.hits()).hasSizeGreaterThan(10);
      assertThat(ingested.hits()).anySatisfy(h -> assertThat((List<?>) h.get(1)).isNotEmpty());
      assertThat(ingested.similar()).isNotEmpty();
      assertThat(fromStoredTags).isEqualTo(new IndexRebuilder.Rebuilt(stored, 0, 0));
      assertThat(cpuOfRebuild).as("no tagging").isZero();
      assertThat(afterStoredTags).isEqualTo(ingested);
      assertThat(oneOld).isEqualTo(new IndexRebuilder.Rebuilt(stored, 1, 0));
      assertThat(afterOneOld).isEqualTo(ingested);
      assertThat(count(app, "MATCH (p:Paper) WHERE p.keyphrases IS NULL RETURN count(p)")).as("tags written back").isZero();
      assertThat(all).isEqualTo(new IndexRebuilder.Rebuilt(stored, stored, 0));
      assertThat(app.index().count()).isEqualTo(stored);
    }
  }
}
