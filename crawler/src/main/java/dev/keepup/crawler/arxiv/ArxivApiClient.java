package dev.keepup.crawler.arxiv;

import dev.keepup.crawler.fetch.FetchOutcome;
import dev.keepup.crawler.fetch.FetchRequest;
import dev.keepup.crawler.fetch.Fetcher;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the arXiv API through the shared {@link Fetcher} (which keeps arXiv's three seconds between
 * requests): pages of a query, the newest papers down to the first one already seen, and id
 * look-ups. A page that comes back empty although the total says more results exist is asked for
 * again, a few times, before it counts as a failure.
 */
public final class ArxivApiClient {

  /** arXiv's documented endpoint. */
  public static final HttpUrl ENDPOINT = HttpUrl.get("https://export.arxiv.org/api/query");

  private static final Logger LOG = LoggerFactory.getLogger(ArxivApiClient.class);

  private final Fetcher fetcher;
  private final HttpUrl endpoint;
  private final int pageSize;
  private final int emptyPageRetries;
  private final ArxivApiParser parser = new ArxivApiParser();

  /**
   * @param pageSize results per request, at most {@link ArxivQuery#MAX_PAGE_SIZE}
   * @param emptyPageRetries how often to ask again for a page that is empty but should not be
   */
  public ArxivApiClient(Fetcher fetcher, HttpUrl endpoint, int pageSize, int emptyPageRetries) {
    if (pageSize < 1 || pageSize > ArxivQuery.MAX_PAGE_SIZE || emptyPageRetries < 0) {
      throw new IllegalArgumentException("page size " + pageSize + ", empty-page retries " + emptyPageRetries);
    }
    this.fetcher = fetcher;
    this.endpoint = endpoint;
    this.pageSize = pageSize;
    this.emptyPageRetries = emptyPageRetries;
  }

  /** One page; retried while it is empty although results remain. */
  public ArxivApiPage page(ArxivQuery query, int start) throws ArxivApiException, InterruptedException {
    for (int attempt = 0; ; attempt++) {
      ArxivApiPage page = fetchPage(query.url(endpoint, start, pageSize));
      if (page.entries() > 0 || start >= page.totalResults()) {
        return page;
      }
      if (attempt >= emptyPageRetries) {
        throw new ArxivApiException(
            "arXiv returned an empty page at " + start + " of " + page.totalResults() + " results, " + (attempt + 1) + " times");
      }
      LOG.info("empty arXiv page at {} of {}; asking again", start, page.totalResults());
    }
  }

  /**
   * The newest papers of {@code query}, newest first, down to (not including) the first that {@code
   * seen} accepts, and at most {@code limit}.
   */
  public List<Paper> newest(ArxivQuery query, Predicate<Paper> seen, int limit) throws ArxivApiException, InterruptedException {
    List<Paper> papers = new ArrayList<>();
    int start = 0;
    while (papers.size() < limit) {
      ArxivApiPage page = page(query, start);
      for (Paper paper : page.papers()) {
        if (seen.test(paper) || papers.size() >= limit) {
          return papers;
        }
        papers.add(paper);
      }
      if (!page.hasMore() || page.entries() == 0) {
        return papers;
      }
      start += page.entries();
    }
    return papers;
  }

  /** Every paper of {@code query}, paging to the end; for date windows small enough to take whole. */
  public List<Paper> all(ArxivQuery query) throws ArxivApiException, InterruptedException {
    return newest(query, p -> false, Integer.MAX_VALUE);
  }

  /** The current version of each of {@code ids} that arXiv knows. */
  public List<Paper> lookup(List<PaperId> ids) throws ArxivApiException, InterruptedException {
    List<Paper> papers = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += pageSize) {
      papers.addAll(all(ArxivQuery.ids(ids.subList(from, Math.min(ids.size(), from + pageSize)))));
    }
    return papers;
  }

  private ArxivApiPage fetchPage(HttpUrl url) throws ArxivApiException, InterruptedException {
    FetchOutcome outcome = fetcher.fetch(FetchRequest.of(url.uri()).accepting("application/atom+xml"));
    return switch (outcome) {
      case FetchOutcome.Fetched fetched -> parser.parse(fetched.body());
      case FetchOutcome.Failed failed when failed.body().length > 0 -> {
        parser.parse(failed.body()); // the error feed throws with arXiv's message
        throw new ArxivApiException("arXiv answered HTTP " + failed.status(), outcome);
      }
      default -> throw new ArxivApiException("arXiv API " + outcome.label() + ": " + describe(outcome), outcome);
    };
  }

  private static String describe(FetchOutcome outcome) {
    return switch (outcome) {
      case FetchOutcome.RetryLater r -> r.reason() + ", retry after " + r.after();
      case FetchOutcome.Rejected r -> r.reason();
      case FetchOutcome.Failed f -> f.reason();
      case FetchOutcome.Gone g -> "HTTP " + g.status();
      default -> outcome.url().toString();
    };
  }
}
