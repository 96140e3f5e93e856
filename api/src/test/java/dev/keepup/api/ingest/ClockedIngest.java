package dev.keepup.api.ingest;

import dev.keepup.graph.GraphStore;
import dev.keepup.indexer.search.PaperIndex;
import java.time.Clock;

/** The real ingest pipeline on a clock the test sets, so "first seen" times are exact. */
public final class ClockedIngest {

  private ClockedIngest() {}

  public static IngestPipeline of(GraphStore graph, PaperIndex index, Clock clock) {
    return new IngestPipeline(graph, index, 500, clock);
  }
}
