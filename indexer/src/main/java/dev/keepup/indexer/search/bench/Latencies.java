package dev.keepup.indexer.search.bench;

import java.util.Arrays;

/**
 * Latency percentiles (nearest rank) and throughput of one timed run, in wall-clock time, with
 * the CPU time the searching thread itself used: on a machine shared with other work, CPU time
 * shows what a search costs, and wall-clock time what it felt like.
 *
 * @param qps queries completed per second of wall-clock time, all threads together
 */
public record Latencies(
    int queries, double p50Ms, double p95Ms, double p99Ms, double meanMs, double qps, double cpuP50Ms, double cpuP99Ms) {

  public static Latencies of(long[] nanos, long[] cpuNanos, long wallNanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    long[] cpu = cpuNanos.clone();
    Arrays.sort(cpu);
    double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
    return new Latencies(
        sorted.length, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), mean, sorted.length / (wallNanos / 1e9),
        pct(cpu, 50), pct(cpu, 99));
  }

  private static double pct(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
