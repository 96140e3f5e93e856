package dev.keepup.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keepup.indexer.search.bench.LatencyPlot;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The plots of {@code bench all}: throughput and latency against corpus size, from each benchmark's JSON. */
final class BenchmarkPlots {

  static final String THROUGHPUT = "bench-throughput.png";
  static final String LATENCY = "bench-latency.png";

  private BenchmarkPlots() {}

  static void write(List<BenchAllCommand.Step> steps, Path dir) {
    LatencyPlot.write("Keepup throughput vs corpus size", "papers/s", "papers (log scale)", List.of(
        series("ingest, end to end", 0x2471A3, steps, "ingest", "sizes", "papers", "papers_per_s"),
        series("tagging alone", 0x27AE60, steps, "ingest", "sizes", "papers", "tag_alone_per_s"),
        series("search index alone", 0xE67E22, steps, "search", "sizes", "papers", "index_papers_per_s"),
        series("graph writes alone", 0x8E44AD, steps, "graph", null, "papers", "write_papers_per_s")), dir.resolve(THROUGHPUT));
    LatencyPlot.write("Keepup search latency vs corpus size", "ms", "papers (log scale)", List.of(
        series("p99 (1 thread)", 0xC0392B, steps, "search", "sizes", "papers", "p99_ms"),
        series("p95 (1 thread)", 0xE67E22, steps, "search", "sizes", "papers", "p95_ms"),
        series("p50 (1 thread)", 0x2471A3, steps, "search", "sizes", "papers", "p50_ms"),
        series("served over HTTP, p95", 0x7F8C8D, steps, "serve", "search", "papers", "p95_ms")), dir.resolve(LATENCY));
  }

  /**
   * The points of one benchmark: from each element of its list {@code within} (one per size), or,
   * when {@code within} names an object or is null, one point (x from the top level, y inside it).
   */
  private static LatencyPlot.Series series(String name, int rgb, List<BenchAllCommand.Step> steps, String bench,
      String within, String x, String y) {
    List<LatencyPlot.Point> points = new ArrayList<>();
    steps.stream().filter(s -> s.name().equals(bench) && s.figures() != null).forEach(s -> {
      JsonNode figures = s.figures();
      JsonNode inner = within == null ? figures : figures.path(within);
      if (inner.isArray()) {
        inner.forEach(size -> points.add(new LatencyPlot.Point(size.path(x).asDouble(), size.path(y).asDouble())));
      } else if (inner.has(y)) {
        points.add(new LatencyPlot.Point(figures.path(x).asDouble(), inner.path(y).asDouble()));
      }
    });
    return new LatencyPlot.Series(name, new Color(rgb), points);
  }
}
