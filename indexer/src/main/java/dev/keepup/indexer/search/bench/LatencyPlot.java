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
 * Draws values against corpus size, both axes logarithmic, as a PNG: the search benchmark's
 * single-threaded latency percentiles (p50, p95, p99 of the full search) and bare Lucene mean, or
 * any other series (throughput of the ingest benchmark). Java2D only: no native or scripting tools
 * at build or run time.
 */
public final class LatencyPlot {

  private static final int WIDTH = 720;
  private static final int HEIGHT = 440;
  private static final int LEFT = 80;
  private static final int RIGHT = 190;
  private static final int TOP = 50;
  private static final int BOTTOM = 60;

  /** One line of a plot: its name in the legend, its colour, its points. */
  public record Series(String name, Color color, List<Point> points) {}

  /** A point: corpus size and value, both positive. */
  public record Point(double x, double y) {}

  private LatencyPlot() {}

  /** The search benchmark's latencies against index size. */
  public static void write(List<SearchBenchmark.SizeResult> results, Path png) {
    write("Keepup search latency vs corpus size (1 thread, full search)", "ms", "papers in the index (log scale)", List.of(
        series("p99", new Color(0xC0392B), results, r -> r.singleThread().p99Ms()),
        series("p95", new Color(0xE67E22), results, r -> r.singleThread().p95Ms()),
        series("p50", new Color(0x2471A3), results, r -> r.singleThread().p50Ms()),
        series("bare Lucene (mean)", new Color(0x7F8C8D), results, r -> r.bareLucene().meanMs())), png);
  }

  private static Series series(String name, Color color, List<SearchBenchmark.SizeResult> results,
      ToDoubleFunction<SearchBenchmark.SizeResult> value) {
    return new Series(name, color, results.stream().map(r -> new Point(r.papers(), value.applyAsDouble(r))).toList());
  }

  /** Draws {@code series} (y in {@code unit}) against corpus size into {@code png}. */
  public static void write(String title, String unit, String xLabel, List<Series> series, Path png) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      draw(g, title, unit, xLabel, series);
    } finally {
      g.dispose();
    }
    try {
      ImageIO.write(image, "png", png.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + png + ": " + e.getMessage(), e);
    }
  }

  private static void draw(Graphics2D g, String title, String unit, String xLabel, List<Series> series) {
    List<Point> all = series.stream().flatMap(s -> s.points().stream()).filter(p -> p.x() > 0 && p.y() > 0).toList();
    double minX = Math.log10(all.stream().mapToDouble(Point::x).min().orElse(1));
    double maxX = Math.log10(all.stream().mapToDouble(Point::x).max().orElse(10));
    double maxY = Math.ceil(Math.log10(all.stream().mapToDouble(Point::y).max().orElse(10)));
    double minY = Math.floor(Math.log10(all.stream().mapToDouble(Point::y).min().orElse(1)));
    if (maxX == minX) {
      maxX = minX + 1;
    }
    if (maxY == minY) {
      maxY = minY + 1;
    }
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    g.setColor(Color.BLACK);
    g.drawString(title, LEFT, 28);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (double y = minY; y <= maxY; y++) {
      int py = TOP + plotH - (int) ((y - minY) / (maxY - minY) * plotH);
      g.setColor(new Color(0xDDDDDD));
      g.drawLine(LEFT, py, LEFT + plotW, py);
      g.setColor(Color.DARK_GRAY);
      g.drawString(fmt(Math.pow(10, y)) + " " + unit, 10, py + 4);
    }
    for (double x : all.stream().mapToDouble(Point::x).distinct().toArray()) {
      int px = LEFT + (int) ((Math.log10(x) - minX) / (maxX - minX) * plotW);
      g.setColor(new Color(0xDDDDDD));
      g.drawLine(px, TOP, px, TOP + plotH);
      g.setColor(Color.DARK_GRAY);
      g.drawString(String.format(Locale.ROOT, "%,.0f", x), px - 20, TOP + plotH + 20);
    }
    g.drawString(xLabel, LEFT + plotW / 2 - 80, HEIGHT - 15);
    g.setStroke(new BasicStroke(2.5f));
    for (int s = 0; s < series.size(); s++) {
      Series line = series.get(s);
      g.setColor(line.color());
      int lastX = -1;
      int lastY = -1;
      for (Point p : line.points()) {
        if (p.x() <= 0 || p.y() <= 0) {
          continue;
        }
        int px = LEFT + (int) ((Math.log10(p.x()) - minX) / (maxX - minX) * plotW);
        int py = TOP + plotH - (int) ((Math.log10(p.y()) - minY) / (maxY - minY) * plotH);
        g.fillOval(px - 4, py - 4, 8, 8);
        if (lastX >= 0) {
          g.drawLine(lastX, lastY, px, py);
        }
        lastX = px;
        lastY = py;
      }
      int ly = TOP + 20 + s * 22;
      g.drawLine(LEFT + plotW + 15, ly, LEFT + plotW + 40, ly);
      g.drawString(line.name(), LEFT + plotW + 46, ly + 4);
    }
  }

  private static String fmt(double v) {
    return v < 1 ? String.format(Locale.ROOT, "%s", (float) v) : String.format(Locale.ROOT, "%,.0f", v);
  }
}
