package dev.keepup.api.cli;

import dev.keepup.api.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code keepup serve} in a process of its own, on the JDK and class path of this one, as a user
 * would start it: started, watched until it prints its "ready" line, measured (resident memory from
 * {@code /proc}, heap from its GC log), and stopped with SIGTERM.
 */
final class ServerProcess implements AutoCloseable {

  private static final Pattern READY = Pattern.compile("Keepup is ready in ([0-9.]+) s: (\\d+) papers\\.");
  private static final Pattern HEALTH = Pattern.compile("\\s*health:\\s+(http://\\S+)/api/health");
  /** A G1 pause in the GC log: heap used before -> after (committed), e.g. {@code 412M->97M(1024M)}. */
  private static final Pattern GC_PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

  private final Process process;
  private final Path gcLog;
  private final long readyNanos;
  private final double readyInsideSeconds;
  private final long papers;
  private final String baseUrl;

  /** The figures of the process once stopped: peak resident set from /proc, heap before GCs and committed from the GC log. */
  record Memory(long peakRssMb, long peakHeapUsedMb, long peakHeapCommittedMb) {}

  private ServerProcess(Process process, Path gcLog, long readyNanos, double readyInsideSeconds, long papers, String baseUrl) {
    this.process = process;
    this.gcLog = gcLog;
    this.readyNanos = readyNanos;
    this.readyInsideSeconds = readyInsideSeconds;
    this.papers = papers;
    this.baseUrl = baseUrl;
  }

  /**
   * Starts {@code keepup serve --no-scheduler --port 0} on {@code dataDir} with the JVM options
   * given and the rate limit off, and returns when it prints that it is ready (or fails when it exits first).
   */
  static ServerProcess start(Path dataDir, List<String> javaOptions, Path workDir) throws IOException {
    Path gcLog = Files.createTempFile(workDir, "gc-", ".log");
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.add("--enable-native-access=ALL-UNNAMED");
    if (Runtime.version().feature() >= 24) {
      command.add("--sun-misc-unsafe-memory-access=allow");
    }
    command.add("-Dslf4j.internal.verbosity=WARN");
    command.add("-Xlog:gc:file=" + gcLog);
    command.addAll(LauncherJvmOptions.ofThisJvm()); // the server starts as `./keepup serve` does
    command.addAll(javaOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "serve", "--no-scheduler", "--port", "0", "--data-dir", dataDir.toString()));
    long launched = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // The request mix comes from one client as fast as it can: the per-client rate limit would answer most of it 429.
    builder.environment().put("KEEPUP_HTTP_RATE_LIMIT_PER_MINUTE", "0");
    Process process = builder.start();
    BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    List<String> seen = new ArrayList<>();
    Double inside = null;
    long papers = 0;
    long readyAt = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      seen.add(line);
      Matcher ready = READY.matcher(line);
      Matcher health = HEALTH.matcher(line);
      if (ready.find()) {
        readyAt = System.nanoTime();
        inside = Double.parseDouble(ready.group(1));
        papers = Long.parseLong(ready.group(2));
      } else if (inside != null && health.find()) {
        Thread.ofPlatform().daemon().name("bench-serve-output").start(() -> drain(lines));
        return new ServerProcess(process, gcLog, readyAt - launched, inside, papers, health.group(1));
      }
    }
    process.destroy();
    throw new IllegalStateException("keepup serve exited before it was ready: " + String.join(" | ", seen.subList(Math.max(0, seen.size() - 5), seen.size())));
  }

  private static void drain(BufferedReader lines) {
    try {
      while (lines.readLine() != null) {
        // keep the pipe empty so the server never blocks on its output
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  /** From launch to the "ready" line, as a user waits for it. */
  double readySeconds() {
    return readyNanos / 1e9;
  }

  /** The time the server itself reports in its "ready" line (without JVM start). */
  double readyInsideSeconds() {
    return readyInsideSeconds;
  }

  long papers() {
    return papers;
  }

  String baseUrl() {
    return baseUrl;
  }

  /** The resident set size now, in MiB (from /proc; 0 where there is no /proc). */
  long rssMb() {
    return procStatusKb("VmRSS") / 1024;
  }

  /** Stops the server with SIGTERM, waits for it, and reads its peak memory. */
  Memory stop() throws InterruptedException {
    long peakRss = procStatusKb("VmHWM") / 1024;
    process.destroy();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("keepup serve did not stop within 60 s of SIGTERM");
    }
    return new Memory(peakRss, peakHeapFromGcLog(false), peakHeapFromGcLog(true));
  }

  private long peakHeapFromGcLog(boolean committed) {
    try {
      return peakHeapMb(Files.readAllLines(gcLog), committed);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the server's GC log " + gcLog + ": " + e.getMessage(), e);
    }
  }

  /**
   * The largest heap of a GC log in MiB: used just before a collection (when the heap is fullest),
   * or committed.
   */
  static long peakHeapMb(List<String> gcLogLines, boolean committed) {
    long peak = 0;
    for (String line : gcLogLines) {
      Matcher pause = GC_PAUSE.matcher(line);
      if (pause.find()) {
        peak = Math.max(peak, Long.parseLong(pause.group(committed ? 3 : 1)));
      }
    }
    return peak;
  }

  private long procStatusKb(String field) {
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
      return 0;
    } catch (IOException e) {
      return 0; // no /proc (not Linux) or the process is gone
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      process.destroy();
    }
  }
}
