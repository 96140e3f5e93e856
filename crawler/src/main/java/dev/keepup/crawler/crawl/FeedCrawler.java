package dev.keepup.crawler.crawl;

import dev.keepup.crawler.feed.BlogPosts;
import dev.keepup.crawler.feed.FeedException;
import dev.keepup.crawler.feed.FeedParser;
import dev.keepup.crawler.feed.ParsedFeed;
import dev.keepup.crawler.feed.PostBatch;
import dev.keepup.crawler.fetch.FetchOutcome;
import dev.keepup.crawler.fetch.FetchRequest;
import dev.keepup.crawler.fetch.Fetcher;
import dev.keepup.crawler.source.BlogSource;
import dev.keepup.crawler.state.CrawlSchedule;
import dev.keepup.crawler.state.CrawlState;
import dev.keepup.crawler.state.CrawlStateStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One crawl of blog feeds: each source that is due is fetched conditionally, parsed into posts, and
 * its state updated and saved. A source that fails (network, hostile server, not a feed) is
 * recorded and backs off; it never stops the crawl of the others.
 */
public final class FeedCrawler {

  private static final Logger LOG = LoggerFactory.getLogger(FeedCrawler.class);
  private static final String FEED_TYPES = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

  private final Fetcher fetcher;
  private final CrawlStateStore store;
  private final CrawlSchedule schedule;
  private final Clock clock;
  private final FeedParser parser = new FeedParser();

  public FeedCrawler(Fetcher fetcher, CrawlStateStore store, CrawlSchedule schedule, Clock clock) {
    this.fetcher = fetcher;
    this.store = store;
    this.schedule = schedule;
    this.clock = clock;
  }

  /** Crawls every due blog of {@code blogs} in order, telling {@code progress} about each. */
  public List<SourceResult> crawl(List<BlogSource> blogs, Consumer<SourceResult> progress) throws InterruptedException {
    List<SourceResult> results = new ArrayList<>();
    for (BlogSource blog : blogs) {
      SourceResult result = crawlOne(blog);
      results.add(result);
      progress.accept(result);
    }
    return results;
  }

  private SourceResult crawlOne(BlogSource blog) throws InterruptedException {
    CrawlState state = store.get(blog.id());
    Instant now = clock.instant();
    if (!state.due(now)) {
      return new SourceResult(blog.id(), "not due", List.of(), 0, false, null);
    }
    try {
      FetchOutcome outcome = fetcher.fetch(FetchRequest.of(blog.feed()).conditional(state.etag(), state.lastModified()).accepting(FEED_TYPES));
      if (!(outcome instanceof FetchOutcome.Fetched fetched)) {
        CrawlState after = schedule.after(state, outcome, 0, clock.instant());
        store.save(after);
        return new SourceResult(blog.id(), outcome.label(), List.of(), 0, false, after.lastError());
      }
      ParsedFeed feed = parser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl());
      PostBatch batch = BlogPosts.from(feed);
      store.save(schedule.after(state, outcome, batch.posts().size(), clock.instant()));
      return new SourceResult(blog.id(), outcome.label(), batch.posts(), batch.skipped().size(), feed.illFormed(), null);
    } catch (FeedException e) {
      return failed(blog, state, "not a feed: " + e.getMessage());
    } catch (RuntimeException e) { // a bug must not stop the other sources; it is logged in full
      LOG.warn("crawling {} failed unexpectedly", blog.id(), e);
      return failed(blog, state, "internal error: " + e);
    }
  }

  private SourceResult failed(BlogSource blog, CrawlState state, String error) {
    store.save(schedule.afterError(state, error, clock.instant()));
    return new SourceResult(blog.id(), "failed", List.of(), 0, false, error);
  }
}
