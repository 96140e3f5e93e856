package dev.keepup.indexer.search.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/**
 * Draws single-threaded latency percentiles (p50, p95, p99 of the full search) and the bare
 * Lucene mean against corpus size, both axes logarithmic, as a PNG. Java2D only: no native or
 * scripting tools at build or run time.
 */
public final class LatencyPlot {

  private static final int WIDTH = 720;
  private static final int HEIGHT = 440;
  private static final int LEFT = 80;
  private static final int RIGHT = 170;
  private static final int TOP = 50;
  private static final int BOTTOM = 60;

  private record Series(String name, Color color, ToDoubleFunction<SearchBenchmark.SizeResult> value) {}

  private static final List<Series> SERIES = List.of(
      new Series("p99", new Color(0xC0392B), r -> r.singleThread().p99Ms()),
      new Series("p95", new Color(0xE67E22), r -> r.singleThread().p95Ms()),
      new Series("p50", new Color(0x2471A3), r -> r.singleThread().p50Ms()),
      new Series("bare Lucene (mean)", new Color(0x7F8C8D), r -> r.bareLucene().meanMs()));

  private LatencyPlot() {}

  public static void write(List<SearchBenchmark.SizeResult> results, Path png) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      draw(g, results);
    } finally {
      g.dispose();
    }
    try {
      ImageIO.write(image, "png", png.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + png + ": " + e.getMessage(), e);
    }
  }

  private static void draw(Graphics2D g, List<SearchBenchmark.SizeResult> results) {
    double minX = Math.log10(results.stream().mapToInt(SearchBenchmark.SizeResult::papers).min().orElse(1));
    double maxX = Math.log10(results.stream().mapToInt(SearchBenchmark.SizeResult::papers).max().orElse(10));
    double maxY = Math.ceil(Math.log10(Math.max(1, results.stream()
        .mapToDouble(r -> SERIES.stream().mapToDouble(s -> s.value().applyAsDouble(r)).max().orElse(1)).max().orElse(1))));
    double minY = -1; // 0.1 ms
    if (maxX == minX) {
      maxX = minX + 1;
    }
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    g.setColor(Color.BLACK);
    g.drawString("Keepup search latency vs corpus size (1 thread, full search)", LEFT, 28);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (double y = minY; y <= maxY; y++) {
      int py = TOP + plotH - (int) ((y - minY) / (maxY - minY) * plotH);
      g.setColor(new Color(0xDDDDDD));
      g.drawLine(LEFT, py, LEFT + plotW, py);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format(Locale.ROOT, "%s ms", fmt(Math.pow(10, y))), 10, py + 4);
    }
    for (SearchBenchmark.SizeResult r : results) {
      int px = LEFT + (int) ((Math.log10(r.papers()) - minX) / (maxX - minX) * plotW);
      g.setColor(new Color(0xDDDDDD));
      g.drawLine(px, TOP, px, TOP + plotH);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format(Locale.ROOT, "%,d", r.papers()), px - 20, TOP + plotH + 20);
    }
    g.drawString("papers in the index (log scale)", LEFT + plotW / 2 - 80, HEIGHT - 15);
    g.setStroke(new BasicStroke(2.5f));
    for (int s = 0; s < SERIES.size(); s++) {
      Series series = SERIES.get(s);
      g.setColor(series.color());
      int lastX = -1;
      int lastY = -1;
      for (SearchBenchmark.SizeResult r : results) {
        int px = LEFT + (int) ((Math.log10(r.papers()) - minX) / (maxX - minX) * plotW);
        double v = Math.max(Math.pow(10, minY), series.value().applyAsDouble(r));
        int py = TOP + plotH - (int) ((Math.log10(v) - minY) / (maxY - minY) * plotH);
        g.fillOval(px - 4, py - 4, 8, 8);
        if (lastX >= 0) {
          g.drawLine(lastX, lastY, px, py);
        }
        lastX = px;
        lastY = py;
      }
      int ly = TOP + 20 + s * 22;
      g.drawLine(LEFT + plotW + 15, ly, LEFT + plotW + 40, ly);
      g.drawString(series.name(), LEFT + plotW + 46, ly + 4);
    }
  }

  private static String fmt(double ms) {
    return ms < 1 ? String.format(Locale.ROOT, "%.1f", ms) : String.format(Locale.ROOT, "%.0f", ms);
  }
}
