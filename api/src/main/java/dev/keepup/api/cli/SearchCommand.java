package dev.keepup.api.cli;

import dev.keepup.api.config.KeepupConfig;
import dev.keepup.api.http.SearchView;
import dev.keepup.indexer.search.SearchHit;
import dev.keepup.indexer.search.SearchFilters;
import dev.keepup.indexer.search.SearchRequest;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

  @Parameters(index = "0", paramLabel = "QUERY",
      description = "Words, \"phrases\", AND/OR/NOT, title: author: cat: topic: skill: year:2025 date:[2025-01-01 TO 2025-06-30].")
  String query;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "How many hits (1-100, default ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
      description = "relevance, newest, or fresh (relevance that halves every --half-life-days of age).")
  String sort;

  @Option(names = "--half-life-days", paramLabel = "DAYS", defaultValue = "90", description = "For --sort fresh (default ${DEFAULT-VALUE}).")
  int halfLifeDays;

  @Option(names = "--cat", paramLabel = "CATEGORY", split = ",", description = "Only these arXiv categories, e.g. cs.LG.")
  Set<String> categories = Set.of();

  @Option(names = "--author", paramLabel = "NAME", description = "Only papers by these authors.")
  Set<String> authors = Set.of();

  @Option(names = "--topic", paramLabel = "TOPIC", description = "Only papers with these topics.")
  Set<String> topics = Set.of();

  @Option(names = "--skill", paramLabel = "SKILL", description = "Only papers that use these skills.")
  Set<String> skills = Set.of();

  @Option(names = "--from", paramLabel = "DATE", description = "First submitted on or after DATE (2025-01-31).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "First submitted on or before DATE.")
  LocalDate to;

  @Option(names = "--cursor", paramLabel = "CURSOR", description = "The next_cursor of a previous --json answer, for the next page.")
  String cursor;

  @Option(names = "--json", description = "Print the results as one JSON object on the last line.")
  boolean json;

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (limit < 1 || limit > 100) {
      throw new UsageException("--limit must be between 1 and 100, got " + limit);
    }
    SearchRequest.Sort order;
    try {
      order = SearchRequest.Sort.valueOf(sort.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--sort must be relevance, newest or fresh, got " + sort);
    }
    if (halfLifeDays < 1) {
      throw new UsageException("--half-life-days must be 1 or more, got " + halfLifeDays);
    }
    KeepupConfig config = store.load();
    SearchView results = StoresOrServer.apply(config,
        app -> SearchView.of(query, app.index().search(request(order))),
        server -> server.get("/api/search", parameters(), SearchView.class));
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%d papers match; the first %d:%n", results.total(), results.hits().size());
    int rank = 1;
    for (SearchHit hit : results.hits()) {
      String authors = String.join(", ", hit.authors().stream().limit(3).toList()) + (hit.authors().size() > 3 ? " et al." : "");
      String date = hit.published() == null ? "" : hit.published().atOffset(ZoneOffset.UTC).toLocalDate().toString();
      out.printf("%3d  %-16s %-10s  %6.2f  %s%n       %s%n", rank++, hit.id() + "v" + hit.version(), date, hit.score(), hit.title(), authors);
    }
    if (json) {
      JsonOutput.printLine(out, results);
    }
    return 0;
  }

  private SearchRequest request(SearchRequest.Sort order) {
    return SearchRequest.of(query)
        .withSort(order)
        .withHalfLife(Duration.ofDays(halfLifeDays))
        .withFilters(SearchFilters.NONE.withDates(from, to).withCategories(categories).withAuthors(authors)
            .withTopics(topics).withSkills(skills))
        .withPageSize(limit)
        .withCursor(cursor);
  }

  /** The same search as {@link #request} in the parameters of {@code GET /api/search}, without snippets. */
  private Map<String, List<String>> parameters() {
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("q", List.of(query));
    p.put("limit", List.of(String.valueOf(limit)));
    p.put("sort", List.of(sort.toLowerCase(Locale.ROOT)));
    p.put("half_life_days", List.of(String.valueOf(halfLifeDays)));
    p.put("cat", List.copyOf(categories));
    p.put("author", List.copyOf(authors));
    p.put("topic", List.copyOf(topics));
    p.put("skill", List.copyOf(skills));
    p.put("from", from == null ? List.of() : List.of(from.toString()));
    p.put("to", to == null ? List.of() : List.of(to.toString()));
    p.put("cursor", cursor == null ? List.of() : List.of(cursor));
    p.put("snippets", List.of("false"));
    return p;
  }
}
