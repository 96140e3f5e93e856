package dev.keepup.crawler.arxiv;

import dev.keepup.model.Paper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backfills a category set over a date range through the arXiv API, in submission-date windows
 * (newest first) small enough that no query passes the API's result cap: a window whose total is
 * above the cap is halved until it fits or is one day long.
 */
public final class ArxivBackfill {

  private static final Logger LOG = LoggerFactory.getLogger(ArxivBackfill.class);

  private final ArxivApiClient client;
  private final long resultCap;

  /** @param resultCap the most results one query may page through (arXiv documents 30,000) */
  public ArxivBackfill(ArxivApiClient client, long resultCap) {
    if (resultCap < 1) {
      throw new IllegalArgumentException("result cap " + resultCap);
    }
    this.client = client;
    this.resultCap = resultCap;
  }

  /** Takes the papers of one page, with the submission-date window they belong to. */
  @FunctionalInterface
  public interface Sink {
    void accept(LocalDate windowFrom, LocalDate windowTo, List<Paper> papers);
  }

  /**
   * Hands the papers of {@code query} submitted from {@code from} to {@code to} (inclusive) to
   * {@code sink}, a page at a time, newest window first (so a window's {@code windowTo} says how far
   * back the backfill has come); returns how many were handed over.
   */
  public long run(ArxivQuery query, LocalDate from, LocalDate to, Period window, Sink sink)
      throws ArxivApiException, InterruptedException {
    long count = 0;
    for (LocalDate[] w : windows(from, to, window)) {
      count += fill(query, w[0], w[1], sink);
    }
    return count;
  }

  /** {@code [from, to]} cut into windows of {@code length}, newest first; the oldest may be shorter. */
  static List<LocalDate[]> windows(LocalDate from, LocalDate to, Period length) {
    if (to.isBefore(from) || length.isZero() || length.isNegative()) {
      throw new IllegalArgumentException("no windows from " + from + " to " + to + " by " + length);
    }
    List<LocalDate[]> windows = new ArrayList<>();
    LocalDate end = to;
    while (!end.isBefore(from)) {
      LocalDate start = end.minus(length).plusDays(1);
      windows.add(new LocalDate[] {start.isBefore(from) ? from : start, end});
      end = start.minusDays(1);
    }
    return windows;
  }

  private long fill(ArxivQuery query, LocalDate from, LocalDate to, Sink sink)
      throws ArxivApiException, InterruptedException {
    ArxivQuery windowed = query.submittedBetween(from.atStartOfDay(), to.atTime(LocalTime.of(23, 59)));
    ArxivApiPage page = client.page(windowed, 0);
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    if (page.totalResults() > resultCap && days > 1) {
      LocalDate middle = from.plusDays(days / 2 - 1);
      LOG.info("{} results from {} to {} pass the cap of {}: halving", page.totalResults(), from, to, resultCap);
      return fill(query, middle.plusDays(1), to, sink) + fill(query, from, middle, sink);
    }
    long count = 0;
    int start = 0;
    while (true) {
      sink.accept(from, to, page.papers());
      count += page.papers().size();
      start += page.entries();
      if (!page.hasMore() || page.entries() == 0 || start >= resultCap) {
        return count;
      }
      page = client.page(windowed, start);
    }
  }
}
