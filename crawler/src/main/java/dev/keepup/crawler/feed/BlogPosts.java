package dev.keepup.crawler.feed;

import dev.keepup.crawler.SkippedEntry;
import dev.keepup.model.Author;
import dev.keepup.model.Post;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the entries of a blog's feed into {@link Post}s: canonical URL as id, plain text without
 * HTML, and the arXiv papers each post cites. An entry without a usable link or title is skipped
 * and reported.
 */
public final class BlogPosts {

  private BlogPosts() {}

  public static PostBatch from(ParsedFeed feed) {
    List<Post> posts = new ArrayList<>();
    List<SkippedEntry> skipped = new ArrayList<>();
    for (FeedEntry entry : feed.entries()) {
      try {
        posts.add(toPost(entry));
      } catch (IllegalArgumentException e) {
        skipped.add(new SkippedEntry(entry.id() != null ? entry.id() : entry.link(), e.getMessage()));
      }
    }
    return new PostBatch(posts, skipped);
  }

  static Post toPost(FeedEntry entry) {
    URI url = CanonicalUrl.of(entry.link());
    if (url == null) {
      url = CanonicalUrl.of(entry.id());
    }
    if (url == null) {
      throw new IllegalArgumentException("no http(s) link");
    }
    String body = entry.content() != null ? entry.content() : entry.summary();
    return new Post(
        url,
        SafeHtml.text(entry.title()),
        entry.authors().stream().map(Author::new).toList(),
        entry.published() != null ? entry.published() : entry.updated(),
        SafeHtml.text(entry.summary()),
        SafeHtml.text(body),
        ArxivLinks.in(String.join(" ", entry.links()), entry.content(), entry.summary()));
  }
}
