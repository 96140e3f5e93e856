package dev.keepup.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keepup.api.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code keepup bench all}: runs every benchmark in this process (tag, search, graph, digest,
 * ingest, then serve on the data directory the largest ingest left) and writes their tables, the
 * machine and its load, and plots against corpus size into {@code BENCHMARKS.md}.
 */
@Command(
    name = "all",
    mixinStandardHelpOptions = true,
    description = {
      "Run every benchmark (tag, search, graph, digest, ingest, serve) and write DIR/BENCHMARKS.md with the",
      "machine, its load, each benchmark's table and JSON, and plots of throughput and latency against corpus size.",
      "--quick uses small sizes for a fast check; the full run wants a quiet machine and about an hour",
      "(search at 1M papers wants KEEPUP_JAVA_OPTS=-Xmx6g)."
    })
final class BenchAllCommand implements Callable<Integer> {

  @Option(names = "--quick", description = "Small sizes: a check that everything runs, not figures to quote.")
  boolean quick;

  @Option(names = "--out", paramLabel = "DIR", description = "Where BENCHMARKS.md and the plots go (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("docs");

  @Option(names = "--json", description = "Print the figures of every benchmark as one JSON object on the last line.")
  boolean json;

  @Spec CommandSpec spec;

  /** One benchmark run: its arguments, exit code, output (tables) and JSON figures. */
  record Step(String name, List<String> args, int exitCode, String output, JsonNode figures) {}

  @Override
  public Integer call() throws IOException {
    Files.createDirectories(out);
    PrintWriter console = spec.commandLine().getOut();
    MachineInfo machine = MachineInfo.now();
    Instant started = Instant.now();
    List<Step> steps = new ArrayList<>();
    try (TempIndexDir tmp = new TempIndexDir("keepup-bench-all")) {
      String dataDir = tmp.sub("ingested").toString();
      for (List<String> args : plan(dataDir)) {
        console.printf("== keepup bench %s%n", String.join(" ", args));
        console.flush();
        Step step = run(args);
        console.print(step.output());
        console.flush();
        steps.add(step);
      }
    }
    double loadAtEnd = IngestBenchmark.systemLoad();
    long minutes = ChronoUnit.MINUTES.between(started, Instant.now());
    BenchmarkPlots.write(steps, out);
    Files.writeString(out.resolve("BENCHMARKS.md"), new BenchmarksPage(quick, machine, loadAtEnd, minutes, steps).markdown());
    console.printf("Wrote %s and its plots.%n", out.resolve("BENCHMARKS.md"));
    long failed = steps.stream().filter(s -> s.exitCode() != 0).count();
    if (json) {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("quick", quick);
      figures.put("machine", machine);
      figures.put("load_average_end", Math.round(loadAtEnd * 100) / 100.0);
      figures.put("failed", failed);
      steps.forEach(s -> figures.put(s.name(), s.figures()));
      JsonOutput.printLine(console, figures);
    }
    return failed == 0 ? 0 : 1;
  }

  private List<List<String>> plan(String dataDir) {
    return quick
        ? List.of(
            List.of("tag", "--papers", "300", "--repeats", "1"),
            List.of("search", "--sizes", "2000,10000", "--rounds", "3"),
            List.of("graph", "--papers", "5000", "--queries", "20"),
            List.of("digest", "--subscriptions", "500", "--papers", "300", "--runs", "1"),
            List.of("ingest", "--sizes", "1000,3000", "--tag-sample", "200", "--warm-up", "300", "--keep", dataDir),
            List.of("serve", "--data-dir", dataDir, "--starts", "1", "--requests", "200"))
        : List.of(
            List.of("tag"),
            List.of("search", "--sizes", "10000,100000,1000000"),
            List.of("graph"),
            List.of("digest"),
            List.of("ingest", "--sizes", "10000,100000", "--keep", dataDir),
            List.of("serve", "--data-dir", dataDir));
  }

  private Step run(List<String> args) {
    StringWriter captured = new StringWriter();
    List<String> all = new ArrayList<>(List.of("bench"));
    all.addAll(args);
    all.add("--json");
    int code = KeepupCommand.run(new PrintWriter(captured, true), spec.commandLine().getErr(), all.toArray(String[]::new));
    String output = captured.toString();
    List<String> lines = output.lines().toList();
    JsonNode figures = null;
    if (code == 0 && !lines.isEmpty()) {
      try {
        figures = Json.MAPPER.readTree(lines.getLast());
      } catch (IOException e) {
        throw new IllegalStateException("bench " + args.getFirst() + " did not end with a JSON line", e);
      }
    }
    String tables = String.join("\n", lines.subList(0, code == 0 ? Math.max(0, lines.size() - 1) : lines.size()));
    return new Step(args.getFirst(), List.copyOf(args), code, tables + "\n", figures);
  }

  /** The machine the figures come from. */
  record MachineInfo(int cores, double memoryGib, String cpu, String jdk, String os, double loadAverageStart, String date) {

    static MachineInfo now() {
      return new MachineInfo(Runtime.getRuntime().availableProcessors(), totalMemoryGib(), cpuModel(),
          System.getProperty("java.vm.vendor") + " " + Runtime.version() + (LauncherJvmOptions.aotCacheInUse() ? ", with the AOT cache of `./keepup aot-cache`" : ""),
          System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
          Math.round(IngestBenchmark.systemLoad() * 100) / 100.0, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    private static double totalMemoryGib() {
      var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
      return Math.round(os.getTotalMemorySize() / (double) (1L << 30) * 10) / 10.0;
    }

    private static String cpuModel() {
      try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
        return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
            .findFirst().orElse("unknown");
      } catch (IOException | RuntimeException e) {
        return System.getProperty("os.arch") + " (no /proc/cpuinfo)";
      }
    }
  }
}
