package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.crawl.CrawlReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs one crawl of the configured sources. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
    description = {"Crawl the sources once: arXiv's daily listing of the configured categories and every blog.",
        "Polite (one request at a time per host, 3 s between arXiv requests), conditional, and a failing source never stops the others."})
final class CrawlCommand implements Callable<Integer> {

  @Option(names = "--source", paramLabel = "ID", description = "Crawl only this source (arxiv-listing or a blog id).")
  String source;

  @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
  boolean json;

  @Mixin StoreOptions store;
  @Mixin SourcesOptions sources;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    CrawlReport report;
    try (Application app = Application.open(store.load())) {
      var sourceList = sources.load(app);
      if (source != null && !source.equals(dev.keepup.api.crawl.Crawl.ARXIV_LISTING)
          && sourceList.blogs().stream().noneMatch(b -> b.id().equals(source))) {
        throw new UsageException("no source '" + source + "' in the source list");
      }
      report = app.crawl(sourceList).run(source, line -> {
        out.printf("  %-24s %-14s %5d items%s%n", line.source(), line.outcome(), line.items(),
            line.error() == null ? "" : "  (" + line.error() + ")");
        out.flush();
      });
    }
    out.printf("Crawled %d sources: %d new papers, %d updated, %d unchanged, %d posts, %d sources failed.%n",
        report.sources().size(), report.newPapers(), report.updatedPapers(), report.unchangedPapers(), report.posts(), report.failed());
    if (json) {
      JsonOutput.printLine(out, report);
    }
    return 0;
  }
}
