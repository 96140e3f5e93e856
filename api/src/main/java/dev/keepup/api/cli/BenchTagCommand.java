package dev.keepup.api.cli;

import dev.keepup.indexer.nlp.PaperTagger;
import dev.keepup.indexer.nlp.TaggingBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * {@code keepup bench tag}: tagging speed over real arXiv abstracts, with one thread and with all
 * cores, plus the tagger's start-up time, the peak heap used, the CPU cost per abstract (which
 * does not depend on what else runs) and the load average. Each throughput is the median of
 * {@code --repeats} timed passes after one warm-up pass.
 */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = "Measure tagging speed (abstracts/s, 1 thread and all cores), start-up time and heap.")
public final class BenchTagCommand implements Callable<Integer> {

  @Option(names = "--file", paramLabel = "FILE", description = "Papers as gzipped JSON lines (default: ${DEFAULT-VALUE}).")
  Path file = Path.of("../shared/data/arxiv-ml/papers.jsonl.gz");

  @Option(names = "--papers", description = "How many papers from the start of the file (default: ${DEFAULT-VALUE}).")
  int papers = 2000;

  @Option(names = "--repeats", description = "Timed passes per setting; the median is reported (default: ${DEFAULT-VALUE}).")
  int repeats = 3;

  @Option(names = "--threads", description = "Threads for the parallel run (default: all cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--json", description = "End with one JSON line of the figures.")
  boolean json;

  @Mixin TaggerOptions vocabularies;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (papers < 1 || repeats < 1 || threads < 1) {
      throw new UsageException("--papers, --repeats and --threads must be at least 1");
    }
    if (!Files.isRegularFile(file)) {
      throw new IOException("benchmark skipped: no paper file " + file + " (give one with --file)");
    }
    List<TaggingBenchmark.Sample> sample = TaggingBenchmark.readSample(file, papers);
    PrintWriter out = spec.commandLine().getOut();
    long start = System.nanoTime();
    PaperTagger tagger = vocabularies.tagger();
    long startupMs = (System.nanoTime() - start) / 1_000_000;
    out.println(String.format(Locale.ROOT, "start-up          %d ms (CoreNLP POS model, tables, vocabularies)", startupMs));
    TaggingBenchmark.run(tagger, sample, threads); // warm-up
    List<TaggingBenchmark.Pass> singlePasses = passes(tagger, sample, 1);
    double single = Median.of(singlePasses.stream().mapToDouble(TaggingBenchmark.Pass::perSecond).toArray());
    double perCpuSecond = Median.of(singlePasses.stream().mapToDouble(TaggingBenchmark.Pass::perCpuSecond).toArray());
    double parallel = Median.of(passes(tagger, sample, threads).stream().mapToDouble(TaggingBenchmark.Pass::perSecond).toArray());
    long heapMb = peakHeapBytes() / (1024 * 1024);
    out.println(String.format(Locale.ROOT, "1 thread          %.1f abstracts/s (median of %d passes over %d papers)", single, repeats, sample.size()));
    out.println(String.format(Locale.ROOT, "%d threads         %.1f abstracts/s", threads, parallel));
    out.println(String.format(Locale.ROOT, "CPU cost          %.1f abstracts per CPU-second of one thread (load-independent)", perCpuSecond));
    out.println(String.format(Locale.ROOT, "load average      %.2f on %d cores while measuring", systemLoad(), Runtime.getRuntime().availableProcessors()));
    out.println(String.format(Locale.ROOT, "peak heap used    %d MB (max heap %d MB)", heapMb, Runtime.getRuntime().maxMemory() / (1024 * 1024)));
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("papers", sample.size());
    figures.put("threads", threads);
    figures.put("abstracts_per_s_1_thread", round(single));
    figures.put("abstracts_per_s_all_threads", round(parallel));
    figures.put("abstracts_per_cpu_s", round(perCpuSecond));
    figures.put("load_average", round(systemLoad()));
    figures.put("startup_ms", startupMs);
    figures.put("heap_mb", heapMb);
    MarkdownTable.print(out, figures, json);
    out.flush();
    return 0;
  }

  private List<TaggingBenchmark.Pass> passes(PaperTagger tagger, List<TaggingBenchmark.Sample> sample, int threadCount)
      throws InterruptedException {
    List<TaggingBenchmark.Pass> passes = new ArrayList<>(repeats);
    for (int i = 0; i < repeats; i++) {
      passes.add(TaggingBenchmark.run(tagger, sample, threadCount));
    }
    return passes;
  }

  private static double systemLoad() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static double round(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
