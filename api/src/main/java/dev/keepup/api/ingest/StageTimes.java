package dev.keepup.api.ingest;

/**
 * Where the time of an ingest run went, in seconds, as seen by the thread that writes: the read
 * that decides what to tag, waiting for tags (tagging itself runs on the pool, overlapped with the
 * rest, so only the wait slows a run down), the graph writes (papers, authors, categories, tags),
 * the search index (documents, then commit and searcher refresh).
 */
public record StageTimes(long papers, double readSeconds, double waitForTagsSeconds, double graphSeconds,
    double indexSeconds, double commitSeconds) {

  /** The time the writing thread spent in all stages. */
  public double totalSeconds() {
    return readSeconds + waitForTagsSeconds + graphSeconds + indexSeconds + commitSeconds;
  }

  /** Accumulates the times of one run; used by one thread. */
  static final class Recorder {
    private long papers;
    private long read;
    private long waitForTags;
    private long graph;
    private long index;
    private long commit;

    void read(long nanos) {
      read += nanos;
    }

    void waitForTags(long nanos) {
      waitForTags += nanos;
    }

    void graph(long nanos) {
      graph += nanos;
    }

    void index(long documentNanos, long commitNanos) {
      index += documentNanos;
      commit += commitNanos;
    }

    void papers(int n) {
      papers += n;
    }

    StageTimes snapshot() {
      return new StageTimes(papers, read / 1e9, waitForTags / 1e9, graph / 1e9, index / 1e9, commit / 1e9);
    }
  }
}
