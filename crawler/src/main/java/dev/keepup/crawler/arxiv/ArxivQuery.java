package dev.keepup.crawler.arxiv;

import dev.keepup.model.PaperId;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * A query of the arXiv API: a search expression or an id list, newest submissions first.
 *
 * @param search the {@code search_query} expression, empty for an id look-up
 * @param ids the {@code id_list}, empty for a search
 */
public record ArxivQuery(String search, List<PaperId> ids) {

  /** The most results arXiv returns in one page. */
  public static final int MAX_PAGE_SIZE = 2000;

  private static final DateTimeFormatter SUBMITTED = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

  public ArxivQuery {
    search = search == null ? "" : search.strip();
    ids = List.copyOf(ids);
    if (search.isEmpty() && ids.isEmpty()) {
      throw new IllegalArgumentException("a query needs a search expression or ids");
    }
  }

  /** Papers in any of {@code categories} (e.g. cs.LG), newest first. */
  public static ArxivQuery categories(List<String> categories) {
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("no categories");
    }
    for (String c : categories) {
      if (!c.matches("[a-zA-Z-]+(\\.[a-zA-Z-]+)?")) {
        throw new IllegalArgumentException("not an arXiv category: " + c);
      }
    }
    String any = categories.stream().map(c -> "cat:" + c).collect(Collectors.joining(" OR "));
    return new ArxivQuery(categories.size() == 1 ? any : "(" + any + ")", List.of());
  }

  /** The papers with these ids (any version unless the id names one). */
  public static ArxivQuery ids(List<PaperId> ids) {
    return new ArxivQuery("", ids);
  }

  /** This search narrowed to submissions in {@code [from, to]}, both inclusive to the minute. */
  public ArxivQuery submittedBetween(LocalDateTime from, LocalDateTime to) {
    if (search.isEmpty()) {
      throw new IllegalStateException("an id look-up has no date window");
    }
    return new ArxivQuery(
        search + " AND submittedDate:[" + SUBMITTED.format(from) + " TO " + SUBMITTED.format(to) + "]", ids);
  }

  /** The URL of the page of {@code size} results from {@code start}. */
  public HttpUrl url(HttpUrl endpoint, int start, int size) {
    if (start < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page from " + start + " of " + size + " results");
    }
    HttpUrl.Builder url = endpoint.newBuilder();
    if (!search.isEmpty()) {
      url.addQueryParameter("search_query", search)
          .addQueryParameter("sortBy", "submittedDate")
          .addQueryParameter("sortOrder", "descending");
    }
    if (!ids.isEmpty()) {
      url.addQueryParameter("id_list", ids.stream().map(PaperId::value).collect(Collectors.joining(",")));
    }
    return url.addQueryParameter("start", Integer.toString(start))
        .addQueryParameter("max_results", Integer.toString(size))
        .build();
  }
}
