package dev.keepup.api.cli;

import dev.keepup.graph.GraphCounts;
import dev.keepup.graph.GraphDriver;
import dev.keepup.graph.GraphStore;
import dev.keepup.graph.PaperTags;
import dev.keepup.graph.SkillNode;
import dev.keepup.graph.TopicNode;
import dev.keepup.graph.embedded.EmbeddedNeo4j;
import dev.keepup.graph.schema.Schema;
import dev.keepup.model.Paper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code keepup bench graph}: loads N real papers (extended past the corpus by {@link
 * GraphBenchCorpus}) with authors, categories and synthetic topic and skill tags ({@link
 * SyntheticTags}) into a fresh embedded Neo4j in a temporary folder, then times each kind of graph
 * query ({@link GraphQueryWorkload}).
 */
@Command(name = "graph", mixinStandardHelpOptions = true, description = "Measure graph writes (papers/s) and query latency (p50/p95).")
final class BenchGraphCommand implements Callable<Integer> {

  @Option(names = "--papers", defaultValue = "100000", description = "Papers to load (default ${DEFAULT-VALUE}).")
  int papers;

  @Option(names = "--data", defaultValue = "../shared/data/arxiv-ml/papers.jsonl.gz", description = "The corpus (default ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--batch", defaultValue = "2000", description = "Papers per write transaction (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--queries", defaultValue = "200", description = "Timed runs per query kind (default ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--page-cache-mb", defaultValue = "1024", description = "Neo4j page cache (default ${DEFAULT-VALUE}).")
  int pageCacheMb;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the query arguments (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
  boolean json;

  @Spec CommandSpec spec;

  private static final int CORES = Runtime.getRuntime().availableProcessors();

  @Override
  public Integer call() throws IOException {
    if (papers < 1 || batch < 1 || batch > 10_000 || queries < 1 || pageCacheMb < 8) {
      throw new UsageException("--papers and --queries must be positive, --batch 1 to 10000, --page-cache-mb at least 8");
    }
    if (!Files.isRegularFile(data)) {
      throw new UsageException("no corpus at " + data + " (the arxiv-ml papers.jsonl.gz of the shared data); give it with --data");
    }
    var out = spec.commandLine().getOut();
    GraphBenchCorpus.Loaded corpus = GraphBenchCorpus.load(data, papers);
    out.printf("Corpus: %d papers (%d real, the rest perturbed copies; %d lines skipped)%n",
        corpus.papers().size(), corpus.realPapers(), corpus.skipped());
    Path home = Files.createTempDirectory("keepup-bench-graph");
    Map<String, Object> figures = new LinkedHashMap<>();
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home, (long) pageCacheMb << 20);
        Driver driver = GraphDriver.connect(neo4j.boltUri(), EmbeddedNeo4j.USER, neo4j.password())) {
      Schema.apply(driver, "neo4j");
      GraphStore graph = new GraphStore(driver, "neo4j");
      List<TopicNode> topics = SyntheticTags.topics();
      List<SkillNode> skills = SyntheticTags.skills();
      graph.upsertVocabulary(topics, skills);
      double cpuBefore = processCpuSeconds();
      double seconds = write(graph, corpus.papers());
      double cpuSeconds = processCpuSeconds() - cpuBefore;
      GraphCounts counts = graph.counts();
      double perSecond = corpus.papers().size() / seconds;
      out.printf("Wrote %d papers, %d researchers, %d authorships in %.1f s: %.0f papers/s (batches of %d, tags synthetic)%n",
          counts.papers(), counts.researchers(), counts.authorships(), seconds, perSecond, batch);
      out.printf("The writes used %.1f s of CPU (%.0f%% of the %d cores of this machine during that time; the rest was waiting)%n",
          cpuSeconds, 100 * cpuSeconds / seconds / CORES, CORES);
      figures.put("papers", counts.papers());
      figures.put("researchers", counts.researchers());
      figures.put("authorships", counts.authorships());
      figures.put("batch", batch);
      figures.put("page_cache_mb", pageCacheMb);
      figures.put("write_seconds", Math.round(seconds * 10) / 10.0);
      figures.put("write_papers_per_s", Math.round(perSecond));
      figures.put("write_cpu_seconds", Math.round(cpuSeconds * 10) / 10.0);
      figures.put("cores", CORES);
      var workload = new GraphQueryWorkload(graph, corpus.papers(), topics.stream().map(TopicNode::id).toList(),
          skills.stream().map(SkillNode::id).toList(), seed);
      workload.run(queries).forEach((kind, latency) -> {
        out.printf("%-20s p50 %7.2f ms   p95 %7.2f ms   (%d runs)%n", kind, latency.p50Ms(), latency.p95Ms(), queries);
        figures.put(kind + "_p50_ms", Math.round(latency.p50Ms() * 100) / 100.0);
        figures.put(kind + "_p95_ms", Math.round(latency.p95Ms() * 100) / 100.0);
      });
    } finally {
      deleteTree(home);
    }
    MarkdownTable.print(out, figures, json);
    return 0;
  }

  /**
   * Writes the papers and their tags batch by batch; returns the seconds it took. The synthetic tags
   * are made before the clock starts: their keyword matching stands in for the tagger and is not
   * graph work.
   */
  private double write(GraphStore graph, List<Paper> all) {
    Map<Paper, PaperTags> tags = new HashMap<>();
    all.forEach(p -> tags.put(p, SyntheticTags.tag(p)));
    Instant seen = Instant.now();
    long start = System.nanoTime();
    for (int from = 0; from < all.size(); from += batch) {
      graph.upsertPapers(all.subList(from, Math.min(all.size(), from + batch)), seen, tags);
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** CPU time of this whole process (driver and embedded database), in seconds. */
  private static double processCpuSeconds() {
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os.getProcessCpuTime() / 1e9;
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the benchmark folder " + root + ": " + e.getMessage(), e);
    }
  }
}
