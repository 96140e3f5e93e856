package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.indexer.search.SearchHit;
import dev.keepup.indexer.search.SearchResults;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Searches the papers of the data directory. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search papers; prints a ranked table.")
final class SearchCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "QUERY", description = "Words, \"phrases\", AND/OR/NOT, title:/author: prefixes.")
  String query;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "How many hits (1-100, default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print the results as one JSON object on the last line.")
  boolean json;

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (limit < 1 || limit > 100) {
      throw new UsageException("--limit must be between 1 and 100, got " + limit);
    }
    SearchResults results;
    try (Application app = Application.open(store.load())) {
      results = app.index().search(query, limit);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%d papers match; the first %d:%n", results.totalHits(), results.hits().size());
    int rank = 1;
    for (SearchHit hit : results.hits()) {
      String authors = String.join(", ", hit.authors().stream().limit(3).toList()) + (hit.authors().size() > 3 ? " et al." : "");
      out.printf("%3d  %-16s %s  %6.2f  %s%n       %s%n", rank++, hit.id() + "v" + hit.version(),
          hit.published().atOffset(ZoneOffset.UTC).toLocalDate(), hit.score(), hit.title(), authors);
    }
    if (json) {
      JsonOutput.printLine(out, results);
    }
    return 0;
  }
}
