package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.ingest.IngestPipeline;
import dev.keepup.api.ingest.IngestReport;
import dev.keepup.crawler.arxiv.ArxivSnapshot;
import dev.keepup.crawler.arxiv.SnapshotFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Backfills from arXiv's public metadata snapshot, streaming, without a single API call. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import papers from arXiv's metadata snapshot (arxiv-metadata-oai-snapshot.json, JSON lines, plain or .gz),",
        "streaming, optionally filtered by category and date."})
final class ImportCommand implements Callable<Integer> {

  private static final int PROGRESS_EVERY = 1_000;

  @Parameters(index = "0", paramLabel = "FILE", description = "The snapshot file.")
  Path file;

  @Option(names = "--category", paramLabel = "CAT", split = ",", description = "Keep papers in these categories or archives (cs.LG, stat.ML, cs).")
  Set<String> categories = Set.of();

  @Option(names = "--from", paramLabel = "DATE", description = "Keep papers first submitted on or after DATE.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Keep papers first submitted on or before DATE.")
  LocalDate to;

  @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
  boolean json;

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  /** What an import did. */
  record Imported(long lines, long kept, long filteredOut, long skipped, int created, int updated, int unchanged, double seconds) {}

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("no such file: " + file);
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new UsageException("--to " + to + " is before --from " + from);
    }
    long started = System.nanoTime();
    IngestReport r;
    ArxivSnapshot.Stats stats;
    try (Application app = Application.open(store.load());
        IngestPipeline.Run run = app.ingest().start()) {
      Progress progress = new Progress(spec.commandLine().getErr(), "papers read", 0);
      long[] read = {0};
      stats = ArxivSnapshot.read(file, new SnapshotFilter(categories, from, to), paper -> {
        run.add(paper);
        if (++read[0] % PROGRESS_EVERY == 0) {
          progress.update(read[0]);
        }
      });
      r = run.finish();
      progress.done();
    }
    Imported result = new Imported(stats.lines(), stats.kept(), stats.filteredOut(), stats.skipped(),
        r.created(), r.updated(), r.unchanged(), (System.nanoTime() - started) / 1e9);
    var out = spec.commandLine().getOut();
    out.printf("Read %d lines: %d papers kept (%d new, %d updated, %d unchanged), %d filtered out, %d unreadable; %.1f s.%n",
        result.lines(), result.kept(), result.created(), result.updated(), result.unchanged(), result.filteredOut(),
        result.skipped(), result.seconds());
    if (json) {
      JsonOutput.printLine(out, result);
    }
    return 0;
  }
}
