package dev.keepup.indexer.search.bench;

import dev.keepup.indexer.search.IndexRebuild;
import dev.keepup.indexer.search.PaperIndex;
import dev.keepup.indexer.search.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Builds an index of one size and times it: bulk indexing through {@link IndexRebuild} (what
 * {@code keepup reindex} does) on one thread per core, from generating the records to the swap
 * (final commit and refresh included; the merges still running then are not waited for), the
 * index's size on disk, and the query mix as full Keepup searches (facets, snippets, filters) on
 * one and on two threads, and as bare Lucene top-10 searches of the same queries (the full
 * search's first pass, text and filters, as one plain Lucene query: {@link PaperIndex#searchBare}).
 *
 * <p>Full and bare searches are timed in alternating passes over the mix, after {@link
 * #WARM_UP_PASSES} untimed passes of each: timed one after the other, whichever ran second met a
 * JIT that had compiled more and looked a third faster (the bare search's mean at 1M papers went
 * from 1.91 to 1.43 ms with the order alone; docs/search-bench.md, sixth round).
 */
public final class SearchBenchmark {

  private static final int BATCH = 10_000;
  /** Untimed passes over the mix, full and bare alternating, before any timing. */
  static final int WARM_UP_PASSES = 3;

  /**
   * The figures of one size.
   *
   * @param indexPapersPerCpuS papers indexed per second of CPU time of the whole process (indexing
   *     and merge threads): what the indexing costs, whatever else the machine is doing
   * @param indexReused the index was already there (built by an earlier run): the indexing figures
   *     are then NaN
   * @param segments how many segments the index had when searched
   * @param mergeS seconds spent merging it down to {@code segments} before searching (0 when not asked to)
   * @param singleByKind the single-threaded latencies of each kind of query ({@link QueryMix#KINDS})
   * @param bareByKind the bare Lucene latencies of each kind of query
   * @param ratioToBareLucene mean latency of the full search over mean latency of the bare one
   */
  public record SizeResult(
      int papers, boolean indexReused, double indexPapersPerS, double indexPapersPerCpuS, double indexMb, int segments, double mergeS,
      Latencies singleThread,
      Map<String, Latencies> singleByKind, Latencies twoThreads, Latencies bareLucene, Map<String, Latencies> bareByKind,
      double ratioToBareLucene) {

    /** Mean latency of the full search of one kind of query over that of its bare search. */
    public double ratioToBareLucene(String kind) {
      return singleByKind.get(kind).meanMs() / bareByKind.get(kind).meanMs();
    }
  }

  /** The latencies of one timed run, all queries together and by kind. */
  private record Timed(Latencies all, Map<String, Latencies> byKind) {}

  private final SyntheticCorpus corpus;
  private final List<QueryMix.Entry> mix;
  private final int rounds;
  private final int mergeTo;
  private final Consumer<String> progress;

  /**
   * @param rounds how many times each timed run goes through the whole mix (after {@link #WARM_UP_PASSES} untimed ones)
   * @param mergeTo merge each index down to this many segments before searching it; 0 to search it
   *     as indexing left it (as {@code keepup reindex} does)
   */
  public SearchBenchmark(SyntheticCorpus corpus, List<QueryMix.Entry> mix, int rounds, int mergeTo, Consumer<String> progress) {
    if (rounds < 1 || mix.isEmpty() || mergeTo < 0) {
      throw new IllegalArgumentException("a benchmark needs queries, at least one round and no negative segment count");
    }
    this.corpus = corpus;
    this.mix = List.copyOf(mix);
    this.rounds = rounds;
    this.mergeTo = mergeTo;
    this.progress = progress;
  }

  /**
   * Times one size in {@code dir}: an index of exactly {@code size} papers already there (from an
   * earlier run) is searched as it is, without indexing again; anything else there is replaced.
   */
  public SizeResult run(int size, Path dir) {
    try (PaperIndex index = PaperIndex.open(dir)) {
      boolean reused = index.count() == size;
      double papersPerS = Double.NaN;
      double papersPerCpuS = Double.NaN;
      if (reused) {
        progress.accept(String.format(Locale.ROOT, "searching the index of %,d papers already in %s", size, dir));
      } else {
        double cpuBefore = processCpuSeconds();
        papersPerS = build(index, size);
        papersPerCpuS = size / (processCpuSeconds() - cpuBefore);
      }
      double mergeS = 0;
      if (mergeTo > 0 && index.segments() > mergeTo) {
        long start = System.nanoTime();
        index.forceMerge(mergeTo);
        mergeS = (System.nanoTime() - start) / 1e9;
        progress.accept(String.format(Locale.ROOT, "merged to %d segments in %.1f s", index.segments(), mergeS));
      }
      double mb = sizeOnDisk(dir) / 1e6;
      ToIntFunction<SearchRequest> full = request -> index.search(request).hits().size();
      for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
        mix.forEach(e -> full.applyAsInt(e.request()));
        mix.forEach(e -> index.searchBare(e.request()));
      }
      Recorded single = new Recorded(mix.size() * rounds);
      Recorded bare = new Recorded(mix.size() * rounds);
      for (int round = 0; round < rounds; round++) {
        pass(full, single);
        pass(index::searchBare, bare);
      }
      Latencies two = timed(2, full);
      Timed one = single.timed();
      Timed bareOne = bare.timed();
      SizeResult r = new SizeResult(
          size, reused, papersPerS, papersPerCpuS, mb, index.segments(), mergeS, one.all(), one.byKind(), two, bareOne.all(),
          bareOne.byKind(), one.all().meanMs() / bareOne.all().meanMs());
      progress.accept(String.format(Locale.ROOT, "%,d papers: p50 %.2f ms, p99 %.2f ms, %.0f q/s", size, r.singleThread().p50Ms(), r.singleThread().p99Ms(), r.singleThread().qps()));
      return r;
    }
  }

  /** Bulk indexing on one thread per core; the clock runs from the first batch to the swap. */
  private double build(PaperIndex index, int size) {
    int threads = Runtime.getRuntime().availableProcessors();
    AtomicInteger nextBatch = new AtomicInteger();
    long start = System.nanoTime();
    try (IndexRebuild rebuild = index.startRebuild()) {
      parallel(threads, "bench-index", () -> {
        for (int from = nextBatch.getAndAdd(BATCH); from < size; from = nextBatch.getAndAdd(BATCH)) {
          int to = Math.min(size, from + BATCH);
          rebuild.add(corpus.slice(from, to));
          progress.accept(String.format(Locale.ROOT, "indexed papers %,d to %,d of %,d", from + 1, to, size));
        }
      });
      rebuild.swap();
    }
    return size / ((System.nanoTime() - start) / 1e9);
  }

  private static double processCpuSeconds() {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return os.getProcessCpuTime() / 1e9;
  }

  /** One single-threaded timed pass over the mix. */
  private void pass(ToIntFunction<SearchRequest> search, Recorded into) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    for (QueryMix.Entry e : mix) {
      long c = cpu.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      search.applyAsInt(e.request());
      into.add(e.kind(), System.nanoTime() - t, cpu.getCurrentThreadCpuTime() - c);
    }
    into.wallNanos += System.nanoTime() - start;
  }

  /** {@code rounds} passes over the mix on each of {@code threads} threads at once. */
  private Latencies timed(int threads, ToIntFunction<SearchRequest> search) {
    Recorded recorded = new Recorded(mix.size() * rounds * threads);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    parallel(threads, "bench-search", () -> {
      for (int i = 0; i < mix.size() * rounds; i++) {
        QueryMix.Entry e = mix.get(i % mix.size());
        long c = cpu.getCurrentThreadCpuTime();
        long t = System.nanoTime();
        search.applyAsInt(e.request());
        recorded.add(e.kind(), System.nanoTime() - t, cpu.getCurrentThreadCpuTime() - c);
      }
    });
    recorded.wallNanos = System.nanoTime() - start;
    return recorded.timed().all();
  }

  /** The wall and CPU time of each search of a timed run, and its kind; thread-safe. */
  private static final class Recorded {
    private final long[] nanos;
    private final long[] cpuNanos;
    private final String[] kinds;
    private final AtomicInteger slot = new AtomicInteger();
    private long wallNanos;

    Recorded(int searches) {
      nanos = new long[searches];
      cpuNanos = new long[searches];
      kinds = new String[searches];
    }

    void add(String kind, long wall, long cpu) {
      int at = slot.getAndIncrement();
      nanos[at] = wall;
      cpuNanos[at] = cpu;
      kinds[at] = kind;
    }

    Timed timed() {
      Map<String, Latencies> byKind = new LinkedHashMap<>();
      for (String kind : QueryMix.KINDS) {
        int[] of = IntStream.range(0, kinds.length).filter(i -> kind.equals(kinds[i])).toArray();
        if (of.length > 0) {
          long kindWall = wallNanos * of.length / kinds.length; // QPS by kind is not meaningful; apportioned
          byKind.put(kind, Latencies.of(pick(nanos, of), pick(cpuNanos, of), kindWall));
        }
      }
      return new Timed(Latencies.of(nanos, cpuNanos, wallNanos), byKind);
    }
  }

  private static long[] pick(long[] values, int[] at) {
    return IntStream.of(at).mapToLong(i -> values[i]).toArray();
  }

  /** Runs {@code work} on {@code threads} named threads at once and waits for all of them. */
  private static void parallel(int threads, String name, Runnable work) {
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, name));
    try {
      List<Future<?>> running = Stream.<Future<?>>generate(() -> pool.submit(work)).limit(threads).toList();
      for (Future<?> f : running) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("benchmark work failed: " + e.getCause().getMessage(), e.getCause());
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
