package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.config.ConfigLoader;
import dev.keepup.api.config.KeepupConfig;
import dev.keepup.api.ingest.IngestPipeline;
import dev.keepup.api.ingest.IngestReport;
import dev.keepup.api.ingest.StageTimes;
import dev.keepup.indexer.nlp.PaperTagger;
import dev.keepup.indexer.nlp.TaggingBenchmark;
import dev.keepup.model.Paper;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * End-to-end ingest of a corpus of N papers ({@link GraphBenchCorpus}: the real records of the
 * file, then perturbed copies) into a fresh data directory with the embedded Neo4j, through the
 * application's own pipeline, as {@code keepup import} runs it; and, on the same machine just
 * before, tagging alone over an even sample of the same corpus, for the ratio.
 */
final class IngestBenchmark {

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  private final Path file;
  private final int tagSample;
  private final PaperTagger tagger;

  IngestBenchmark(Path file, int tagSample) {
    this.file = file;
    this.tagSample = tagSample;
    this.tagger = PaperTagger.withShippedVocabularies();
  }

  /** What one size gave. Seconds are wall clock; tag thread-seconds are summed over the tagging threads. */
  record Result(int papers, int realPapers, int skippedLines, double seconds, double papersPerS, TagAlone tagAlone,
      double openSeconds, double parseSeconds, StageTimes stages, double tagCpuSeconds,
      double cpuSeconds, long graphPapers, long indexedPapers, IngestReport report, double loadAverage) {

    /** Ingest throughput over tagging-alone throughput, both in wall-clock time on this machine now. */
    double ratioToTagAlone() {
      return papersPerS / tagAlone.perSecond();
    }

    /** Process CPU per paper ingested, in ms (does not depend on what else runs). */
    double cpuMsPerPaper() {
      return cpuSeconds * 1000 / papers;
    }

    /**
     * Tagging alone's CPU per abstract over ingest's CPU per paper: the ratio of throughputs on a
     * quiet machine whose cores the pipeline keeps busy.
     */
    double cpuRatioToTagAlone() {
      return tagAlone.cpuMsPerAbstract() / cpuMsPerPaper();
    }

    /** The figures as JSON keys (seconds rounded to 0.1, rates to 1). */
    Map<String, Object> figures() {
      var m = new java.util.LinkedHashMap<String, Object>();
      m.put("papers", papers);
      m.put("real_papers", realPapers);
      m.put("seconds", round1(seconds));
      m.put("papers_per_s", round1(papersPerS));
      m.put("tag_alone_per_s", round1(tagAlone.perSecond()));
      m.put("ratio_to_tag_alone", round2(ratioToTagAlone()));
      m.put("cpu_ms_per_paper", round2(cpuMsPerPaper()));
      m.put("tag_alone_cpu_ms_per_abstract", round2(tagAlone.cpuMsPerAbstract()));
      m.put("cpu_ratio_to_tag_alone", round2(cpuRatioToTagAlone()));
      m.put("open_s", round1(openSeconds));
      m.put("parse_s", round1(parseSeconds));
      m.put("read_s", round1(stages.readSeconds()));
      m.put("tag_cpu_s", round1(tagCpuSeconds));
      m.put("wait_for_tags_s", round1(stages.waitForTagsSeconds()));
      m.put("graph_s", round1(stages.graphSeconds()));
      m.put("index_s", round1(stages.indexSeconds()));
      m.put("commit_s", round1(stages.commitSeconds()));
      m.put("cpu_s", round1(cpuSeconds));
      m.put("graph_papers", graphPapers);
      m.put("indexed_papers", indexedPapers);
      m.put("load_average", round1(loadAverage));
      return m;
    }
  }

  /** Tagging alone on all cores: abstracts per second, and process CPU per abstract in ms. */
  record TagAlone(double perSecond, double cpuMsPerAbstract) {}

  /**
   * Measures tagging alone, then ingests {@code size} papers into {@code dataDir} (new or empty),
   * telling {@code progress} how many papers were read.
   */
  Result run(int size, Path dataDir, LongConsumer progress) throws InterruptedException {
    TagAlone tagAlone = tagAlone(size);
    KeepupConfig config = new ConfigLoader().load(null, Map.of()).withDataDir(dataDir);
    long start = System.nanoTime();
    try (Application app = Application.open(config)) {
      long opened = System.nanoTime();
      long tagCpu = app.tagging().cpuNanos();
      double cpu = processCpuSeconds();
      long[] inPipeline = {0};
      long[] read = {0};
      IngestReport report;
      StageTimes stages;
      GraphBenchCorpus.Streamed corpus;
      try (IngestPipeline.Run run = app.ingest().start()) {
        corpus = GraphBenchCorpus.stream(file, size, p -> {
          long t = System.nanoTime();
          run.add(p);
          inPipeline[0] += System.nanoTime() - t;
          if (++read[0] % 1_000 == 0) {
            progress.accept(read[0]);
          }
        });
        long t = System.nanoTime();
        report = run.finish();
        inPipeline[0] += System.nanoTime() - t;
        stages = run.times();
      }
      long done = System.nanoTime();
      double seconds = (done - opened) / 1e9;
      return new Result(corpus.papers(), corpus.realPapers(), corpus.skipped(), seconds, corpus.papers() / seconds,
          tagAlone, (opened - start) / 1e9, (done - opened - inPipeline[0]) / 1e9,
          stages, (app.tagging().cpuNanos() - tagCpu) / 1e9, processCpuSeconds() - cpu, app.graph().counts().papers(),
          app.index().count(), report, systemLoad());
    }
  }

  /**
   * Tagging alone on all cores: abstracts per second, the median of 3 passes over {@code tagSample}
   * papers taken evenly from the corpus of {@code size}, after a warm-up pass.
   */
  private TagAlone tagAlone(int size) throws InterruptedException {
    int step = Math.max(1, size / tagSample);
    List<TaggingBenchmark.Sample> sample = new ArrayList<>(tagSample);
    int[] k = {0};
    GraphBenchCorpus.stream(file, size, p -> {
      if (k[0]++ % step == 0 && sample.size() < tagSample) {
        sample.add(sampleOf(p));
      }
    });
    TaggingBenchmark.run(tagger, sample, CORES);
    double[] passes = new double[3];
    double cpu = processCpuSeconds();
    for (int i = 0; i < passes.length; i++) {
      passes[i] = TaggingBenchmark.run(tagger, sample, CORES).perSecond();
    }
    double cpuMs = (processCpuSeconds() - cpu) * 1000 / (passes.length * sample.size());
    return new TagAlone(Median.of(passes), cpuMs);
  }

  private static TaggingBenchmark.Sample sampleOf(Paper p) {
    return new TaggingBenchmark.Sample(p.title(), p.summary());
  }

  static double processCpuSeconds() {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return os.getProcessCpuTime() / 1e9;
  }

  static double systemLoad() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static double round2(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static double round1(double v) {
    return Math.round(v * 10) / 10.0;
  }
}
