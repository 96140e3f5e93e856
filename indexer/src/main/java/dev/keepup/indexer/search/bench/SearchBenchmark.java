package dev.keepup.indexer.search.bench;

import dev.keepup.indexer.search.IndexRebuild;
import dev.keepup.indexer.search.PaperIndex;
import dev.keepup.indexer.search.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

/**
 * Builds an index of one size and times it: bulk indexing through {@link IndexRebuild} (what
 * {@code keepup reindex} does; papers/s includes the final commit and merge-free refresh), the
 * index's size on disk, and the query mix as full Keepup searches (facets, snippets, filters) on
 * one and on two threads, and as bare Lucene top-10 searches of the same queries.
 */
public final class SearchBenchmark {

  private static final int BATCH = 10_000;

  /**
   * The figures of one size.
   *
   * @param ratioToBareLucene mean latency of the full search over mean latency of the bare one
   */
  public record SizeResult(
      int papers, double indexPapersPerS, double indexMb, Latencies singleThread, Latencies twoThreads, Latencies bareLucene,
      double ratioToBareLucene) {}

  private final SyntheticCorpus corpus;
  private final List<SearchRequest> mix;
  private final int rounds;
  private final Consumer<String> progress;

  /**
   * @param rounds how many times each timed run goes through the whole mix (after one warm-up pass)
   */
  public SearchBenchmark(SyntheticCorpus corpus, List<SearchRequest> mix, int rounds, Consumer<String> progress) {
    if (rounds < 1 || mix.isEmpty()) {
      throw new IllegalArgumentException("a benchmark needs queries and at least one round");
    }
    this.corpus = corpus;
    this.mix = List.copyOf(mix);
    this.rounds = rounds;
    this.progress = progress;
  }

  public SizeResult run(int size, Path dir) {
    try (PaperIndex index = PaperIndex.open(dir)) {
      double papersPerS = build(index, size);
      double mb = sizeOnDisk(dir) / 1e6;
      warmUp(index);
      Latencies single = timed(index, 1, r -> index.search(r).hits().size());
      Latencies two = timed(index, 2, r -> index.search(r).hits().size());
      Latencies bare = timed(index, 1, index::searchBare);
      SizeResult r = new SizeResult(size, papersPerS, mb, single, two, bare, single.meanMs() / bare.meanMs());
      progress.accept(String.format(Locale.ROOT, "%,d papers: p50 %.2f ms, p99 %.2f ms, %.0f q/s", size, single.p50Ms(), single.p99Ms(), single.qps()));
      return r;
    }
  }

  private double build(PaperIndex index, int size) {
    long nanos = 0;
    try (IndexRebuild rebuild = index.startRebuild()) {
      for (int from = 0; from < size; from += BATCH) {
        var batch = corpus.slice(from, Math.min(size, from + BATCH));
        long t = System.nanoTime();
        rebuild.add(batch);
        nanos += System.nanoTime() - t;
        progress.accept(String.format(Locale.ROOT, "indexed %,d of %,d papers", Math.min(size, from + BATCH), size));
      }
      long t = System.nanoTime();
      rebuild.swap();
      nanos += System.nanoTime() - t;
    }
    return size / (nanos / 1e9);
  }

  private void warmUp(PaperIndex index) {
    for (SearchRequest r : mix) {
      index.search(r);
      index.searchBare(r);
    }
  }

  private Latencies timed(PaperIndex index, int threads, ToIntFunction<SearchRequest> search) {
    int total = mix.size() * rounds;
    long[] nanos = new long[total * threads];
    AtomicInteger slot = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "bench-search"));
    try {
      long start = System.nanoTime();
      List<Future<?>> running = Stream.<Future<?>>generate(() -> pool.submit(() -> {
            for (int i = 0; i < total; i++) {
              SearchRequest r = mix.get(i % mix.size());
              long t = System.nanoTime();
              search.applyAsInt(r);
              nanos[slot.getAndIncrement()] = System.nanoTime() - t;
            }
          }))
          .limit(threads)
          .toList();
      for (Future<?> f : running) {
        f.get();
      }
      return Latencies.of(nanos, System.nanoTime() - start);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a benchmark search failed: " + e.getCause().getMessage(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static long sizeOnDisk(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
