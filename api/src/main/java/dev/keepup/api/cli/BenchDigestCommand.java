package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.config.KeepupConfig;
import dev.keepup.api.digest.DigestService;
import dev.keepup.api.digest.SyntheticSubscriptions;
import dev.keepup.graph.subscription.StoredSubscription;
import dev.keepup.graph.subscription.Subscription;
import dev.keepup.indexer.search.IndexedPaper;
import dev.keepup.indexer.search.corpus.ArxivMlRecords;
import dev.keepup.model.Paper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures digesting: ingests the newest papers of the arXiv-ML corpus (one day of announcements is
 * about 1,500), creates seeded synthetic subscriptions over their words, categories and authors, and
 * times building and committing every subscription's digest in one run, several times.
 */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = "Time digesting many subscriptions against one day of arXiv ML papers.")
final class BenchDigestCommand implements Callable<Integer> {

  @Option(names = "--corpus", paramLabel = "FILE", defaultValue = "../shared/data/arxiv-ml/papers.jsonl.gz",
      description = "arXiv-ML JSON lines (default ${DEFAULT-VALUE}).")
  Path corpus;

  @Option(names = "--subscriptions", defaultValue = "10000", description = "Subscriptions per run (default ${DEFAULT-VALUE}).")
  int subscriptions;

  @Option(names = "--papers", defaultValue = "1500", description = "Newest papers of the corpus to digest (default ${DEFAULT-VALUE}).")
  int papers;

  @Option(names = "--runs", defaultValue = "3", description = "Timed runs; the median is reported (default ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic subscriptions (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
  boolean json;

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  /** The figures: median seconds per run of {@code subscriptions} digests over {@code papers} papers. */
  record Figures(int subscriptions, int papers, double seconds, List<Double> runs, long digestsWithItems, long items) {}

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(corpus)) {
      throw new UsageException("no corpus at " + corpus + " (give --corpus FILE, e.g. ../shared/data/arxiv-ml/papers.jsonl.gz)");
    }
    if (subscriptions < 1 || papers < 1 || runs < 1) {
      throw new UsageException("--subscriptions, --papers and --runs must be positive");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Paper> day = newest(corpus, papers);
    KeepupConfig config = store.load();
    Path dataDir = store.dataDir == null ? Files.createTempDirectory("keepup-bench-digest-") : config.dataDir();
    List<Double> seconds = new ArrayList<>();
    long withItems = 0;
    long items = 0;
    try (Application app = Application.open(config.withDataDir(dataDir))) {
      DigestService digests = app.digests();
      Instant before = Instant.now();
      app.ingest().ingest(day);
      out.printf("Ingested %d papers in %s%n", day.size(), dataDir);
      for (int run = 1; run <= runs; run++) {
        String prefix = "r" + run + "-";
        List<Subscription> made = SyntheticSubscriptions.of(day, subscriptions, prefix, seed + run);
        digests.subscribeAll(made, before);
        List<StoredSubscription> due = digests.subscriptions().stream().filter(s -> s.name().startsWith(prefix)).toList();
        long started = System.nanoTime();
        var committed = digests.commit(due, Instant.now());
        double took = (System.nanoTime() - started) / 1e9;
        seconds.add(took);
        withItems = committed.size();
        items = committed.stream().mapToLong(d -> d.items().size()).sum();
        out.printf("run %d: %d subscriptions digested in %.2f s (%d digests with items, %d items)%n",
            run, due.size(), took, withItems, items);
      }
    }
    List<Double> sorted = seconds.stream().sorted(Comparator.naturalOrder()).toList();
    Figures figures = new Figures(subscriptions, day.size(), sorted.get(sorted.size() / 2), seconds, withItems, items);
    out.printf("median %.2f s for %d subscriptions against %d papers (%d runs, %d processors)%n",
        figures.seconds(), subscriptions, day.size(), runs, Runtime.getRuntime().availableProcessors());
    MarkdownTable.print(out, figures, json);
    return 0;
  }

  private static List<Paper> newest(Path file, int n) {
    try {
      List<IndexedPaper> all = new ArrayList<>(ArxivMlRecords.read(file, Integer.MAX_VALUE).papers());
      all.sort(Comparator.comparing((IndexedPaper p) -> p.paper().published()).reversed().thenComparing(p -> p.paper().id().value()));
      return all.stream().limit(n).map(IndexedPaper::paper).toList();
    } catch (UncheckedIOException e) {
      throw new UsageException("cannot read the corpus: " + e.getMessage());
    }
  }
}
