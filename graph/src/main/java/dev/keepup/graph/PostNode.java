package dev.keepup.graph;

import dev.keepup.model.PaperId;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A blog post: its own {@code Post} node keyed by its canonical URL (a post has no arXiv id, no
 * versions, no categories), linked to its source and, by {@code MENTIONS}, to the arXiv papers it
 * links.
 *
 * @param text the plain text the search index holds for the post (its summary, or its text when it
 *     has none), kept so that the index can be rebuilt from the graph; empty when there is none; cut
 *     to its first {@value #MAX_TEXT_CHARS} characters, the most the tagger reads of an abstract, so
 *     that one post cannot fill the graph and the index with the 20 MiB a feed may hold
 */
public record PostNode(URI url, String title, String text, Instant published, String sourceId, List<PaperId> mentions) {

  /** The most characters of a post's text that Keepup keeps. */
  public static final int MAX_TEXT_CHARS = 20_000;

  public PostNode {
    Objects.requireNonNull(url, "url");
    if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
      throw new IllegalArgumentException("a post needs an http(s) URL: " + url);
    }
    title = title == null || title.isBlank() ? url.toString() : title.strip();
    text = text == null ? "" : cut(text);
    Objects.requireNonNull(published, "published");
    Vocabulary.requireId(sourceId, "source");
    mentions = List.copyOf(mentions);
  }

  /** The first {@value #MAX_TEXT_CHARS} characters, one fewer rather than half a surrogate pair. */
  private static String cut(String text) {
    if (text.length() <= MAX_TEXT_CHARS) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(MAX_TEXT_CHARS - 1)) ? MAX_TEXT_CHARS - 1 : MAX_TEXT_CHARS;
    return text.substring(0, end);
  }
}
