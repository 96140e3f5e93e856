package dev.keepup.api.cli;

import dev.keepup.indexer.search.bench.Latencies;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code keepup bench serve}: start-up time of {@code keepup serve} on an existing data directory
 * (median of several starts, from launch to its "ready" line), and its peak memory (resident set,
 * heap) while it answers a mix of requests over HTTP.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Start `keepup serve` on a data directory several times (a process of its own, as a user starts it) and",
      "report the time until it prints that it is ready (median), then its peak resident memory and heap while it",
      "answers a seeded mix of searches, paper pages, similar papers, profiles, topic pages, graph views and",
      "completions. Without --data-dir, first ingests --papers papers as `bench ingest` does."
    })
final class BenchServeCommand implements Callable<Integer> {

  @Mixin RecordsFileMixin records;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "An existing data directory (e.g. made by `bench ingest --keep DIR`).")
  Path dataDir;

  @Option(names = "--papers", paramLabel = "N", description = "Without --data-dir: papers to ingest first (default: ${DEFAULT-VALUE}).")
  int papers = 100_000;

  @Option(names = "--starts", paramLabel = "N", description = "Start-ups timed; the median is reported (default: ${DEFAULT-VALUE}).")
  int starts = 3;

  @Option(names = "--requests", paramLabel = "N", description = "Requests of the mix during the last start (default: ${DEFAULT-VALUE}).")
  int requests = 2_000;

  @Option(names = "--server-java-opts", paramLabel = "OPTS", split = " ",
      description = "JVM options of the server process (default: none, the JVM's defaults and the AOT cache as `./keepup serve` has).")
  List<String> serverJavaOptions = List.of();

  @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (starts < 1 || requests < 1 || papers < 1) {
      throw new UsageException("--starts, --requests and --papers must be 1 or more");
    }
    if (dataDir != null && !Files.isDirectory(dataDir.resolve("graph"))) {
      throw new UsageException("--data-dir " + dataDir + " holds no Keepup data (no graph/ inside)");
    }
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Object> figures = new LinkedHashMap<>();
    try (TempIndexDir tmp = new TempIndexDir("keepup-bench-serve")) {
      Path dir = dataDir;
      if (dir == null) {
        dir = tmp.sub("data");
        Progress progress = new Progress(spec.commandLine().getErr(), "papers ingested for the server", papers);
        new IngestBenchmark(records.require(), 200).run(papers, dir, progress::update);
        progress.done();
      }
      figures.putAll(measure(dir, tmp.path(), out));
    }
    MarkdownTable.print(out, figures, json);
    out.flush();
    return 0;
  }

  private Map<String, Object> measure(Path dir, Path workDir, PrintWriter out) throws IOException, InterruptedException {
    double load = IngestBenchmark.systemLoad();
    double[] ready = new double[starts];
    double[] inside = new double[starts];
    Map<String, Object> figures = new LinkedHashMap<>();
    for (int i = 0; i < starts; i++) {
      try (ServerProcess server = ServerProcess.start(dir, serverJavaOptions, workDir)) {
        ready[i] = server.readySeconds();
        inside[i] = server.readyInsideSeconds();
        out.printf(Locale.ROOT, "start %d: ready after %.1f s (%.1f s inside the process), %,d papers%n",
            i + 1, ready[i], inside[i], server.papers());
        out.flush();
        figures.put("papers", server.papers());
        if (i == starts - 1) {
          ServeQueryMix.Result mix = new ServeQueryMix(server.baseUrl(), 42).run(requests);
          ServerProcess.Memory memory = server.stop();
          figures.put("requests", mix.requests());
          figures.put("errors", mix.errors());
          figures.put("first_errors", String.join("; ", mix.firstErrors()));
          figures.put("peak_rss_mb", memory.peakRssMb());
          figures.put("peak_heap_before_gc_mb", memory.peakHeapUsedMb());
          figures.put("peak_heap_committed_mb", memory.peakHeapCommittedMb());
          mix.latencies().forEach((kind, l) -> figures.put(kind, latency(l)));
        } else {
          server.stop();
        }
      }
    }
    figures.put("startup_s_median", round(Median.of(ready)));
    figures.put("startup_s_runs", Arrays.stream(ready).map(BenchServeCommand::round).boxed().toList());
    figures.put("ready_inside_s_median", round(Median.of(inside)));
    figures.put("load_average", round(load));
    figures.put("cores", Runtime.getRuntime().availableProcessors());
    return figures;
  }

  private static Map<String, Object> latency(Latencies l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", l.queries());
    m.put("p50_ms", round(l.p50Ms()));
    m.put("p95_ms", round(l.p95Ms()));
    m.put("p99_ms", round(l.p99Ms()));
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
