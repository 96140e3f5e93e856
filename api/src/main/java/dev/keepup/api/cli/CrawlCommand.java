package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.crawl.Crawl;
import dev.keepup.api.crawl.CrawlListener;
import dev.keepup.api.crawl.CrawlReport;
import dev.keepup.api.crawl.CrawlRequest;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs one crawl of the configured sources, or one source, or a backfill. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
    description = {"Crawl the sources once: arXiv's channels that the source list enables (API, daily listing, OAI-PMH) and every blog.",
        "Polite (one request at a time per host, 3 s between arXiv requests), conditional, and a failing source never stops the others."})
final class CrawlCommand implements Callable<Integer> {

  @Option(names = "--source", paramLabel = "ID", description = "Crawl only this source (arxiv-api, arxiv-listing, arxiv-oai or a blog id).")
  String source;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Backfill from DATE (2026-01-31) to today: the arXiv API by submission-date windows, and the OAI-PMH harvest when enabled.")
  LocalDate since;

  @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
  boolean json;

  @Mixin StoreOptions store;
  @Mixin SourcesOptions sources;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (since != null && since.isAfter(LocalDate.now(ZoneOffset.UTC))) {
      throw new UsageException("--since " + since + " is in the future");
    }
    CrawlReport report;
    try (Application app = Application.open(store.load())) {
      Crawl crawl = app.crawl(sources.load(app));
      List<String> ids = crawl.sourceIds();
      if (source != null && !ids.contains(source)) {
        throw new UsageException("no source '" + source + "' in the source list (sources: " + String.join(", ", ids) + ")");
      }
      if (since != null && crawl.backfilledIds().stream().noneMatch(id -> source == null || source.equals(id))) {
        throw new UsageException("--since backfills arxiv-api or arxiv-oai, and " + (source != null ? source + " is neither" : "the source list enables neither"));
      }
      report = crawl.run(new CrawlRequest(source, since), new Printer(out, spec.commandLine().getErr()));
    }
    out.printf("Crawled %d sources: %d new papers, %d updated, %d unchanged, %d posts, %d sources failed.%n",
        report.sources().size(), report.newPapers(), report.updatedPapers(), report.unchangedPapers(), report.posts(), report.failed());
    if (json) {
      JsonOutput.printLine(out, report);
    }
    return 0;
  }

  /** One line per source on stdout, a progress bar on stderr (sources, or days while backfilling). */
  private static final class Printer implements CrawlListener {
    private final PrintWriter out;
    private final PrintWriter err;
    private String what;
    private Progress bar;

    Printer(PrintWriter out, PrintWriter err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public void sourceDone(CrawlReport.SourceLine line) {
      if (bar != null) {
        bar.done();
      }
      out.printf("  %-24s %-22s %6d items%s%n", line.source(), line.outcome(), line.items(),
          line.error() == null ? "" : "  (" + line.error() + ")");
      out.flush();
    }

    @Override
    public void progress(String what, long done, long total) {
      if (!what.equals(this.what)) {
        this.what = what;
        bar = new Progress(err, what, total);
      }
      bar.update(done);
    }
  }
}
