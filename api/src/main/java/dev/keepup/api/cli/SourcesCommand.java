package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.crawl.SourceList;
import dev.keepup.api.crawl.SourceList.SourceHealth;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the sources with their health. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "List the sources and their health; add, import or export blogs.",
    subcommands = {SourcesAddCommand.class, SourcesImportCommand.class, SourcesExportCommand.class})
final class SourcesCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print the sources as one JSON object on the last line.")
  boolean json;

  @Mixin StoreOptions store;
  @Mixin SourcesOptions sources;
  @Spec CommandSpec spec;

  /** The list. */
  record Listing(List<SourceHealth> sources) {}

  @Override
  public Integer call() {
    List<SourceHealth> rows;
    try (Application app = Application.open(store.load())) {
      rows = SourceList.health(sources.load(app), app.crawlStates());
    }
    PrintWriter out = spec.commandLine().getOut();
    for (SourceHealth r : rows) {
      out.printf("%-24s %-5s %-12s %6d items  last success %-22s %s%n", r.id(), r.kind(), r.health(), r.state().itemsSeen(),
          r.state().lastSuccess() == null ? "never" : r.state().lastSuccess(), r.state().lastError() == null ? "" : r.state().lastError());
    }
    if (json) {
      JsonOutput.printLine(out, new Listing(rows));
    }
    return 0;
  }
}
