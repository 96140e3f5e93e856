package dev.keepup.indexer.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;

/**
 * Measures tagging throughput: one timed pass of a {@link PaperTagger} over a sample of papers,
 * on a given number of threads that share the tagger. The {@code keepup bench tag} command repeats
 * passes and reports medians.
 */
public final class TaggingBenchmark {

  /** The text of one paper of the sample. */
  public record Sample(String title, String abstractText) {}

  private TaggingBenchmark() {}

  /**
   * The first {@code limit} papers of a gzipped JSON-lines file with {@code title} and {@code
   * abstract} fields, such as {@code data/arxiv-ml/papers.jsonl.gz}.
   */
  public static List<Sample> readSample(Path jsonLinesGz, int limit) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Sample> sample = new ArrayList<>(limit);
    try (var reader =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(Files.newInputStream(jsonLinesGz)), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null && sample.size() < limit; line = reader.readLine()) {
        JsonNode paper = json.readTree(line);
        sample.add(new Sample(paper.path("title").asText(""), paper.path("abstract").asText("")));
      }
    }
    return sample;
  }

  /**
   * One timed pass.
   *
   * @param perSecond papers per wall-clock second
   * @param perCpuSecond papers per second of CPU time spent by the tagging threads: what the
   *     machine would give if nothing else ran on it
   */
  public record Pass(double perSecond, double perCpuSecond) {}

  /** Tags every paper of {@code sample} once on {@code threads} threads. */
  public static Pass run(PaperTagger tagger, List<Sample> sample, int threads) throws InterruptedException {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    AtomicInteger next = new AtomicInteger();
    AtomicLong cpuNanos = new AtomicLong();
    Runnable worker =
        () -> {
          long cpuStart = cpu.getCurrentThreadCpuTime();
          for (int i = next.getAndIncrement(); i < sample.size(); i = next.getAndIncrement()) {
            tagger.tag(sample.get(i).title(), sample.get(i).abstractText());
          }
          cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - cpuStart);
        };
    long start = System.nanoTime();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("bench-tag-", 1).factory())) {
      List<Future<?>> running = new ArrayList<>(threads);
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(worker));
      }
      for (Future<?> future : running) {
        try {
          future.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("tagging failed: " + e.getCause(), e.getCause());
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Pass(sample.size() / seconds, sample.size() / (cpuNanos.get() / 1e9));
  }
}
