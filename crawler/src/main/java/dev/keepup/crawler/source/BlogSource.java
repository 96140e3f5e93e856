package dev.keepup.crawler.source;

import java.net.URI;

/**
 * A blog followed through its feed.
 *
 * @param id stable id, the key of its crawl state (letters, digits, '-', '_', '.')
 * @param name shown to people
 * @param feed the RSS or Atom feed
 * @param home the blog's home page, or null
 */
public record BlogSource(String id, String name, URI feed, URI home) {

  public BlogSource {
    if (id == null || !id.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("a blog id is letters, digits, '.', '_' or '-': " + id);
    }
    name = name == null || name.isBlank() ? id : name.strip();
    SourcesConfig.requireWeb(feed, "blogs." + id + ".feed");
    if (home != null) {
      SourcesConfig.requireWeb(home, "blogs." + id + ".home");
    }
  }
}
