package dev.keepup.api.crawl;

import dev.keepup.crawler.fetch.FetchOutcome;
import dev.keepup.crawler.feed.FeedParser;
import dev.keepup.crawler.source.FeedDiscovery;
import dev.keepup.crawler.source.SourcesConfig;
import dev.keepup.graph.source.SourceStates;
import dev.keepup.graph.source.SourceStates.AddedBlog;
import java.net.URI;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Following and unfollowing blogs: the one path that {@code keepup sources add} and {@code POST
 * /api/sources} take. The page is fetched through the crawler's guarded {@link
 * dev.keepup.crawler.fetch.Fetcher} (private addresses, size, redirect and time limits), the feed
 * found by {@link FeedDiscovery}, and the blog kept in the graph. Every outcome is a value.
 */
public final class BlogSources {

  /** The longest URL and name accepted. */
  public static final int MAX_URL_LENGTH = 2_000;

  public static final int MAX_NAME_LENGTH = 200;

  private final FeedDiscovery discovery;
  private final SourceStates states;
  private final Supplier<SourcesConfig> sources;

  /**
   * @param sources the current source list (configured plus added), to find conflicts
   */
  public BlogSources(FeedDiscovery discovery, SourceStates states, Supplier<SourcesConfig> sources) {
    this.discovery = discovery;
    this.states = states;
    this.sources = sources;
  }

  /** What became of a request to follow a blog. */
  public sealed interface Added {
    /** Followed from now on. */
    record Followed(AddedBlog blog) implements Added {}

    /** The URL or name is not acceptable; nothing was fetched. */
    record Invalid(String reason) implements Added {}

    /** The page gave no usable feed: unreachable, refused by the fetcher, no feed announced, or a hostile feed. */
    record NoFeed(String reason) implements Added {}

    /** The feed is followed already, under {@code id}. */
    record AlreadyFollowed(String id, String feed) implements Added {}
  }

  /** What became of a request to stop following a source. */
  public enum Removed {
    /** Removed: no longer crawled; its posts stay. */
    REMOVED,
    /** The source comes from the configuration file: edit that file to remove it. */
    CONFIGURED,
    /** No source has that id. */
    UNKNOWN
  }

  /** Follows the blog whose feed is {@code url}, or whose page at {@code url} announces one. */
  public Added add(String url, String name) throws InterruptedException {
    URI page = httpUrl(url);
    if (page == null) {
      return new Added.Invalid("give an http or https URL of at most " + MAX_URL_LENGTH + " characters, not '" + abbreviate(url) + "'");
    }
    if (name != null && (name.isBlank() || name.length() > MAX_NAME_LENGTH)) {
      return new Added.Invalid("a name has 1 to " + MAX_NAME_LENGTH + " characters");
    }
    FeedDiscovery.Found found = discovery.discover(page);
    if (found.feeds().isEmpty()) {
      return new Added.NoFeed("no feed at " + abbreviate(url) + ": " + why(found.outcome()));
    }
    if (found.problems().contains(FeedParser.DECLARES_ENTITIES)) {
      return new Added.NoFeed("refused " + abbreviate(url) + ": the feed declares a DTD with entities (<!DOCTYPE … [<!ENTITY …>]>),"
          + " which Keepup never reads (external entities and entity expansion hide there)");
    }
    URI feed = found.feeds().getFirst();
    String id = SourceList.idFor(feed);
    var known = sources.get().blogs().stream()
        .filter(b -> b.id().equals(id) || b.feed().toString().equals(feed.toString()))
        .findFirst();
    if (known.isPresent()) {
      return new Added.AlreadyFollowed(known.get().id(), known.get().feed().toString());
    }
    AddedBlog blog = new AddedBlog(id, name == null ? id : name.strip(), feed.toString(), page.toString());
    states.addBlog(blog);
    return new Added.Followed(blog);
  }

  /** Stops following the blog {@code id} if a user added it; configured sources stay. */
  public Removed remove(String id) {
    if (states.addedBlogs().stream().anyMatch(b -> b.id().equals(id))) {
      return states.removeBlog(id) ? Removed.REMOVED : Removed.UNKNOWN;
    }
    boolean configured = id.equals(Crawl.ARXIV_LISTING) || sources.get().blogs().stream().anyMatch(b -> b.id().equals(id));
    return configured ? Removed.CONFIGURED : Removed.UNKNOWN;
  }

  private static URI httpUrl(String text) {
    if (text == null || text.isBlank() || text.length() > MAX_URL_LENGTH) {
      return null;
    }
    try {
      URI uri = new URI(text.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private static String why(FetchOutcome outcome) {
    return switch (outcome) {
      case FetchOutcome.Fetched f -> "it is not a feed and announces none";
      case FetchOutcome.NotModified n -> "the server answered 304 to a first request";
      case FetchOutcome.Gone g -> "the server answered " + g.status();
      case FetchOutcome.RetryLater r -> "unreachable for now (" + r.reason() + ")";
      case FetchOutcome.Rejected r -> r.reason();
      case FetchOutcome.Failed f -> f.reason();
    };
  }

  private static String abbreviate(String s) {
    String text = String.valueOf(s);
    return text.length() <= 100 ? text : text.substring(0, 100) + "…";
  }
}
