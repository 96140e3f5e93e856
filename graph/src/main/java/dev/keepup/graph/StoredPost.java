package dev.keepup.graph;

import java.net.URI;
import java.util.Objects;

/**
 * A blog post as the graph holds it for the search index: its canonical URL, title and indexed
 * text. The text is empty for a post written by a Keepup that did not keep it yet.
 */
public record StoredPost(URI url, String title, String text) {
  public StoredPost {
    Objects.requireNonNull(url, "url");
    title = title == null ? "" : title;
    text = text == null ? "" : text;
  }
}
