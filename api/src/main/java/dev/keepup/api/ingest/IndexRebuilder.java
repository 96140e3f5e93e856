package dev.keepup.api.ingest;

import dev.keepup.graph.GraphStore;
import dev.keepup.indexer.search.IndexRebuild;
import dev.keepup.indexer.search.PaperIndex;
import dev.keepup.indexer.search.TextDocument;
import java.util.function.LongConsumer;

/**
 * Rebuilds the search index from the graph, the system of record: a new index generation is filled
 * beside the live one, which keeps serving searches, and swapped in when complete. It holds every
 * paper (tagged again) and every blog post with the text the graph keeps of it (only its title for
 * a post stored before Keepup kept the text).
 */
public final class IndexRebuilder {

  private static final int BATCH = 1_000;

  private final GraphStore graph;
  private final PaperIndex index;
  private final Tagging tagging;

  /** What a rebuild put in the new index. */
  public record Rebuilt(long papers, long posts) {}

  public IndexRebuilder(GraphStore graph, PaperIndex index, Tagging tagging) {
    this.graph = graph;
    this.index = index;
    this.tagging = tagging;
  }

  /** Rebuilds, telling {@code progress} how many papers are done after each batch. */
  public Rebuilt rebuild(LongConsumer progress) {
    try (IndexRebuild rebuild = index.startRebuild()) {
      long[] done = {0};
      long papers = graph.forEachPaper(BATCH, batch -> {
        rebuild.add(tagging.tag(batch).stream().map(Tagging.Tagged::indexed).toList());
        done[0] += batch.size();
        progress.accept(done[0]);
      });
      long posts = graph.forEachPost(BATCH, batch ->
          rebuild.addTexts(batch.stream().map(p -> new TextDocument(p.url().toString(), p.title(), p.text())).toList()));
      rebuild.swap();
      return new Rebuilt(papers, posts);
    }
  }
}
