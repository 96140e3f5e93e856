package dev.keepup.api.cli;

import java.io.PrintWriter;

/**
 * A progress bar for long work: redrawn in place on a terminal, a line every few seconds otherwise
 * (logs, CI), so output stays readable either way.
 */
final class Progress {

  private static final long LINE_EVERY_NANOS = 5_000_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String what;
  private final long total;
  private final boolean terminal = System.console() != null;
  private final long started = System.nanoTime();
  private long lastLine = started;

  Progress(PrintWriter err, String what, long total) {
    this.err = err;
    this.what = what;
    this.total = Math.max(total, 1);
  }

  void update(long done) {
    long now = System.nanoTime();
    if (terminal && total <= 1) { // unknown total: a counter
      err.printf("\r%,d %s", done, what);
      err.flush();
    } else if (terminal) {
      int filled = (int) Math.min(WIDTH, WIDTH * done / total);
      err.printf("\r[%s%s] %,d/%,d %s", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, what);
      err.flush();
    } else if (now - lastLine >= LINE_EVERY_NANOS) {
      err.printf(total <= 1 ? "%,d %3$s (%4$.0f s)%n" : "%,d/%,d %s (%.0f s)%n", done, total, what, (now - started) / 1e9);
      err.flush();
      lastLine = now;
    }
  }

  void done() {
    if (terminal) {
      err.println();
    }
  }
}
