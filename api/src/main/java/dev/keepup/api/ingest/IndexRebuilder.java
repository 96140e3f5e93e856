package dev.keepup.api.ingest;

import dev.keepup.graph.GraphStore;
import dev.keepup.indexer.search.IndexRebuild;
import dev.keepup.indexer.search.PaperIndex;
import java.util.function.LongConsumer;

/**
 * Rebuilds the search index from the graph, the system of record: a new index generation is filled
 * beside the live one, which keeps serving searches, and swapped in when complete.
 */
public final class IndexRebuilder {

  private static final int BATCH = 1_000;

  private final GraphStore graph;
  private final PaperIndex index;
  private final Tagging tagging;

  public IndexRebuilder(GraphStore graph, PaperIndex index, Tagging tagging) {
    this.graph = graph;
    this.index = index;
    this.tagging = tagging;
  }

  /** Rebuilds, telling {@code progress} how many papers are done after each batch; returns the count. */
  public long rebuild(LongConsumer progress) {
    try (IndexRebuild rebuild = index.startRebuild()) {
      long[] done = {0};
      graph.forEachPaper(BATCH, batch -> {
        rebuild.add(tagging.tag(batch).stream().map(Tagging.Tagged::indexed).toList());
        done[0] += batch.size();
        progress.accept(done[0]);
      });
      rebuild.swap();
      return done[0];
    }
  }
}
