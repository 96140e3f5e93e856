package dev.keepup.crawler.source;

import dev.keepup.crawler.feed.FeedException;
import dev.keepup.crawler.feed.FeedParser;
import dev.keepup.crawler.feed.ParsedFeed;
import dev.keepup.crawler.fetch.FetchOutcome;
import dev.keepup.crawler.fetch.FetchRequest;
import dev.keepup.crawler.fetch.Fetcher;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feed of a web page: the page itself when it is a feed, else the feeds its HTML
 * announces with {@code <link rel="alternate" type="application/rss+xml|atom+xml" href>}.
 */
public final class FeedDiscovery {

  private final Fetcher fetcher;
  private final FeedParser parser = new FeedParser();

  public FeedDiscovery(Fetcher fetcher) {
    this.fetcher = fetcher;
  }

  /**
   * What discovery found at a URL.
   *
   * @param feeds the feed URLs, best first; empty when there are none
   * @param outcome how fetching the page ended
   * @param problems what the parser healed when the page itself is a feed (a refused DOCTYPE, unclosed
   *     tags); empty otherwise
   */
  public record Found(List<URI> feeds, FetchOutcome outcome, List<String> problems) {
    public Found {
      feeds = List.copyOf(feeds);
      problems = List.copyOf(problems);
    }

    public Found(List<URI> feeds, FetchOutcome outcome) {
      this(feeds, outcome, List.of());
    }
  }

  /** Fetches {@code page} and finds its feeds. */
  public Found discover(URI page) throws InterruptedException {
    FetchOutcome outcome = fetcher.fetch(FetchRequest.of(page).accepting("application/rss+xml, application/atom+xml, text/html;q=0.9, */*;q=0.5"));
    if (!(outcome instanceof FetchOutcome.Fetched fetched)) {
      return new Found(List.of(), outcome);
    }
    try {
      ParsedFeed feed = parser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl());
      return new Found(List.of(fetched.finalUrl()), outcome, feed.problems());
    } catch (FeedException notAFeed) {
      return new Found(announcedFeeds(fetched.body(), fetched.finalUrl()), outcome);
    }
  }

  /** The feeds an HTML page announces, as absolute URLs, in page order, each once. */
  public static List<URI> announcedFeeds(byte[] html, URI base) {
    Document page = Jsoup.parse(new String(html, StandardCharsets.UTF_8), base.toString());
    Set<URI> feeds = new LinkedHashSet<>();
    for (Element link : page.select("link[rel~=(?i)\\balternate\\b][type~=(?i)^application/(rss|atom)\\+xml][href]")) {
      String href = link.absUrl("href");
      if (href.startsWith("http://") || href.startsWith("https://")) {
        feeds.add(URI.create(href.replace(" ", "%20")));
      }
    }
    return new ArrayList<>(feeds);
  }
}
