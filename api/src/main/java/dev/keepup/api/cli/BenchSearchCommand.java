package dev.keepup.api.cli;

import dev.keepup.indexer.search.IndexedPaper;
import dev.keepup.indexer.search.bench.Latencies;
import dev.keepup.indexer.search.bench.LatencyPlot;
import dev.keepup.indexer.search.bench.QueryMix;
import dev.keepup.indexer.search.bench.SearchBenchmark;
import dev.keepup.indexer.search.bench.SyntheticCorpus;
import dev.keepup.indexer.search.corpus.ArxivMlRecords;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code keepup bench search}: indexing and search speed at growing corpus sizes. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Build indexes of growing size from real arXiv records (repeated with fresh ids, words shuffled",
      "within sentences, dates shifted), run a fixed query mix (keywords, phrases, authors, category +",
      "date filters; all with facets and snippets) and report indexing speed, index size, latency",
      "percentiles and QPS on 1 and 2 threads, and the cost relative to a bare Lucene search."
    })
public final class BenchSearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RecordsFileMixin records;

  @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Corpus sizes (default: 10000,100000,1000000).")
  List<Integer> sizes = List.of(10_000, 100_000, 1_000_000);

  @Option(names = "--rounds", paramLabel = "R", description = "Timed passes over the query mix per measurement (default: ${DEFAULT-VALUE}).")
  int rounds = 25;

  @Option(names = "--index-dir", paramLabel = "DIR",
      description = {"Build the indexes in DIR/index-N and keep them; a later run with the same DIR searches an index",
          "of exactly N papers found there without indexing again (its indexing figures are then left out)."})
  Path indexDir;

  @Option(names = "--merge-to", paramLabel = "SEGMENTS",
      description = {"Merge each index down to this many segments before searching it (default: 0, search it as indexing",
          "left it, as `keepup reindex` does); the merge's time is reported, not counted as indexing."})
  int mergeTo;

  @Option(names = "--plot", paramLabel = "PNG", description = "Also draw latency against corpus size into this PNG.")
  Path plot;

  @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
  boolean json;

  @Override
  public Integer call() {
    Path file = records.require();
    if (rounds < 1 || sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 1)) {
      throw new UsageException("--rounds and every --sizes value must be 1 or more");
    }
    if (mergeTo < 0) {
      throw new UsageException("--merge-to must be 0 (no merge) or more");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<IndexedPaper> base = ArxivMlRecords.read(file, Integer.MAX_VALUE).papers();
    out.printf(Locale.ROOT, "%,d real papers from %s; %d cores%n", base.size(), file, Runtime.getRuntime().availableProcessors());
    out.flush();
    SearchBenchmark bench = new SearchBenchmark(new SyntheticCorpus(base), QueryMix.of(base), rounds, mergeTo, line -> {
      out.println(line);
      out.flush();
    });
    List<SearchBenchmark.SizeResult> results = new ArrayList<>();
    if (indexDir != null) {
      sizes.forEach(size -> results.add(bench.run(size, indexDir.resolve("index-" + size))));
    } else {
      try (TempIndexDir tmp = new TempIndexDir("keepup-bench-search")) {
        sizes.forEach(size -> results.add(bench.run(size, tmp.sub("index-" + size))));
      }
    }
    printTable(out, results);
    if (plot != null) {
      LatencyPlot.write(results, plot);
      out.println("plot written to " + plot);
    }
    if (json) {
      JsonOutput.printLine(out, Map.of("cores", Runtime.getRuntime().availableProcessors(), "sizes", results.stream().map(BenchSearchCommand::figures).toList()));
    }
    out.flush();
    return 0;
  }

  private static void printTable(PrintWriter out, List<SearchBenchmark.SizeResult> results) {
    out.println();
    out.println("| papers | index papers/s | per CPU s | index MB | p50 ms | p95 ms | p99 ms | QPS | CPU p50 / p99 ms | 2 threads: p50 / p99 ms | 2 threads QPS | bare Lucene mean ms | bare CPU p50 ms | ratio to bare |");
    out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (SearchBenchmark.SizeResult r : results) {
      Latencies one = r.singleThread();
      Latencies two = r.twoThreads();
      String indexing = r.indexReused()
          ? "reused | reused"
          : String.format(Locale.ROOT, "%,.0f | %,.0f", r.indexPapersPerS(), r.indexPapersPerCpuS());
      out.printf(Locale.ROOT, "| %,d | %s | %,.1f | %.2f | %.2f | %.2f | %,.0f | %.2f / %.2f | %.2f / %.2f | %,.0f | %.2f | %.2f | %.2f |%n",
          r.papers(), indexing, r.indexMb(), one.p50Ms(), one.p95Ms(), one.p99Ms(), one.qps(), one.cpuP50Ms(), one.cpuP99Ms(),
          two.p50Ms(), two.p99Ms(), two.qps(), r.bareLucene().meanMs(), r.bareLucene().cpuP50Ms(), r.ratioToBareLucene());
    }
    out.println();
    results.forEach(r -> out.printf(Locale.ROOT, "%,d papers: %d segments%s%n", r.papers(), r.segments(),
        r.mergeS() > 0 ? String.format(Locale.ROOT, " (merged in %.1f s)", r.mergeS()) : ""));
    out.println();
    out.println("| papers | query kind | p50 ms | p99 ms | CPU p50 ms | CPU p99 ms | mean ms | bare Lucene mean ms | ratio to bare |");
    out.println("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
    for (SearchBenchmark.SizeResult r : results) {
      r.singleByKind().forEach((kind, l) -> out.printf(Locale.ROOT, "| %,d | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
          r.papers(), kind, l.p50Ms(), l.p99Ms(), l.cpuP50Ms(), l.cpuP99Ms(), l.meanMs(), r.bareByKind().get(kind).meanMs(),
          r.ratioToBareLucene(kind)));
    }
  }

  private static Map<String, Object> figures(SearchBenchmark.SizeResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("papers", r.papers());
    m.put("p50_ms", round(r.singleThread().p50Ms()));
    m.put("p95_ms", round(r.singleThread().p95Ms()));
    m.put("p99_ms", round(r.singleThread().p99Ms()));
    m.put("qps", round(r.singleThread().qps()));
    m.put("ratio_to_bare_lucene", round(r.ratioToBareLucene()));
    m.put("index_reused", r.indexReused());
    m.put("index_papers_per_s", r.indexReused() ? null : round(r.indexPapersPerS()));
    m.put("index_papers_per_cpu_s", r.indexReused() ? null : round(r.indexPapersPerCpuS()));
    m.put("index_mb", round(r.indexMb()));
    m.put("segments", r.segments());
    m.put("merge_s", round(r.mergeS()));
    m.put("two_threads", Map.of(
        "p50_ms", round(r.twoThreads().p50Ms()), "p95_ms", round(r.twoThreads().p95Ms()),
        "p99_ms", round(r.twoThreads().p99Ms()), "qps", round(r.twoThreads().qps())));
    m.put("cpu_p50_ms", round(r.singleThread().cpuP50Ms()));
    m.put("cpu_p99_ms", round(r.singleThread().cpuP99Ms()));
    m.put("bare_lucene_mean_ms", round(r.bareLucene().meanMs()));
    m.put("bare_lucene_cpu_p50_ms", round(r.bareLucene().cpuP50Ms()));
    Map<String, Object> byKind = new LinkedHashMap<>();
    r.singleByKind().forEach((kind, l) -> byKind.put(kind, Map.of(
        "p50_ms", round(l.p50Ms()), "p99_ms", round(l.p99Ms()), "cpu_p50_ms", round(l.cpuP50Ms()), "cpu_p99_ms", round(l.cpuP99Ms()),
        "bare_lucene_mean_ms", round(r.bareByKind().get(kind).meanMs()), "ratio_to_bare_lucene", round(r.ratioToBareLucene(kind)))));
    m.put("by_kind", byKind);
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
