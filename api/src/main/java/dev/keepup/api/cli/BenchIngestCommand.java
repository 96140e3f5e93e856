package dev.keepup.api.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code keepup bench ingest}: end-to-end ingest speed, where the time goes, and the ratio to tagging alone. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest N papers end to end (parse, tag, graph, index) into a fresh data directory with the embedded",
      "Neo4j, through the pipeline `keepup import` uses, and report papers/s, the time per stage and the ratio",
      "to tagging alone on this machine (measured just before each size over an even sample of the same papers).",
      "Past the real records of FILE, papers are copies with new ids, dates moved back 3 years per copy and",
      "about half of each author list renamed; their titles and abstracts, so their tagging cost, are real.",
      "Tagging alone is timed after an untimed pass, and so is the ingest: the first papers (--warm-up N, by",
      "default the smallest size) are ingested into a throw-away data directory first; they are reported as the",
      "cold start of a fresh process."
    })
final class BenchIngestCommand implements Callable<Integer> {

  @Mixin RecordsFileMixin records;

  @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Corpus sizes (default: 10000,100000).")
  List<Integer> sizes = List.of(10_000, 100_000);

  @Option(names = "--tag-sample", paramLabel = "N", description = "Abstracts for tagging alone (default: ${DEFAULT-VALUE}).")
  int tagSample = 1_000;

  @Option(names = "--warm-up", paramLabel = "N",
      description = "Papers ingested before the timed sizes, into a throw-away data directory, so that they are"
          + " timed warm as tagging alone is (default: the smallest size; 0 times a cold process).")
  Integer warmUp;

  @Option(names = "--keep", paramLabel = "DIR",
      description = "Ingest the largest size into DIR (new or empty) and keep it, e.g. for `bench serve --data-dir DIR`.")
  Path keep;

  @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException, IOException {
    Path file = records.require();
    if (tagSample < 1 || sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 1)) {
      throw new UsageException("--tag-sample and every --sizes value must be 1 or more");
    }
    if (warmUp != null && warmUp < 0) {
      throw new UsageException("--warm-up must be 0 (none) or more");
    }
    if (keep != null && Files.exists(keep) && !isEmptyDirectory(keep)) {
      throw new UsageException("--keep " + keep + " is not a new or empty directory");
    }
    PrintWriter out = spec.commandLine().getOut();
    double loadAtStart = IngestBenchmark.systemLoad();
    out.printf(Locale.ROOT, "Papers from %s; %d cores, load average %.2f%n", file, Runtime.getRuntime().availableProcessors(), loadAtStart);
    out.flush();
    IngestBenchmark bench = new IngestBenchmark(file, tagSample);
    int largest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
    List<IngestBenchmark.Result> results = new ArrayList<>();
    IngestBenchmark.Result cold = null;
    try (TempIndexDir tmp = new TempIndexDir("keepup-bench-ingest")) {
      int warmUpPapers = warmUp != null ? warmUp : sizes.stream().mapToInt(Integer::intValue).min().orElseThrow();
      if (warmUpPapers > 0) {
        Progress progress = new Progress(spec.commandLine().getErr(), "warm-up papers read", warmUpPapers);
        cold = bench.run(warmUpPapers, tmp.sub("warm-up"), progress::update);
        progress.done();
        out.println("Warm-up, the cold start of this process: " + summary(cold));
        out.flush();
      }
      for (int size : sizes) {
        Path dir = keep != null && size == largest ? keep : tmp.sub("data-" + size);
        Progress progress = new Progress(spec.commandLine().getErr(), "papers read", size);
        IngestBenchmark.Result r = bench.run(size, dir, progress::update);
        progress.done();
        out.println(summary(r));
        out.flush();
        results.add(r);
      }
    }
    printTable(out, cold, results);
    if (json) {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("file", file.toString());
      figures.put("cores", Runtime.getRuntime().availableProcessors());
      figures.put("load_average_start", Math.round(loadAtStart * 100) / 100.0);
      figures.put("sizes", results.stream().map(IngestBenchmark.Result::figures).toList());
      figures.put("warm_up", cold == null ? null : cold.figures());
      JsonOutput.printLine(out, figures);
    }
    out.flush();
    return 0;
  }

  /** One line: the papers/s of a run, and its ratios to tagging alone by wall clock and by CPU. */
  private static String summary(IngestBenchmark.Result r) {
    return String.format(Locale.ROOT, "%,d papers in %.1f s: %.1f papers/s, %.2f x tagging alone (%.1f abstracts/s);"
        + " CPU %.1f ms a paper, %.2f x tagging alone's %.1f ms an abstract",
        r.papers(), r.seconds(), r.papersPerS(), r.ratioToTagAlone(), r.tagAlone().perSecond(), r.cpuMsPerPaper(),
        r.cpuRatioToTagAlone(), r.tagAlone().cpuMsPerAbstract());
  }

  /** The table of the timed sizes, after the untimed warm-up round (when there was one) as its first row. */
  private static void printTable(PrintWriter out, IngestBenchmark.Result warmUp, List<IngestBenchmark.Result> results) {
    out.println();
    out.println("| papers (real) | seconds | papers/s | tagging alone/s | ratio | CPU ms/paper | tagging alone CPU ms | CPU ratio |"
        + " open s | parse s | read s | wait for tags s | graph s | index s | commit s | tag CPU s | CPU s | graph / index papers | load |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    if (warmUp != null) {
      printRow(out, warmUp, " cold start, untimed");
    }
    results.forEach(r -> printRow(out, r, ""));
  }

  private static void printRow(PrintWriter out, IngestBenchmark.Result r, String label) {
    var s = r.stages();
    out.printf(Locale.ROOT, "| %,d (%,d)%s | %.1f | %.1f | %.1f | %.2f | %.2f | %.2f | %.2f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %,d / %,d | %.1f |%n",
        r.papers(), r.realPapers(), label, r.seconds(), r.papersPerS(), r.tagAlone().perSecond(), r.ratioToTagAlone(),
        r.cpuMsPerPaper(), r.tagAlone().cpuMsPerAbstract(), r.cpuRatioToTagAlone(), r.openSeconds(), r.parseSeconds(),
        s.readSeconds(), s.waitForTagsSeconds(), s.graphSeconds(), s.indexSeconds(), s.commitSeconds(), r.tagCpuSeconds(),
        r.cpuSeconds(), r.graphPapers(), r.indexedPapers(), r.loadAverage());
  }

  private static boolean isEmptyDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }
}
