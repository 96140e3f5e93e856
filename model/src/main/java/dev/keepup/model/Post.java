package dev.keepup.model;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A blog post, kept like a paper: identified by its canonical URL.
 *
 * @param url the canonical URL (absolute http or https, no fragment); the post's id
 * @param title the title as plain text, white space folded
 * @param authors the authors, perhaps none
 * @param published when it was published, or null when the feed did not say
 * @param summary a short plain-text summary, perhaps empty
 * @param text the full plain text (no HTML), perhaps empty
 * @param cites the arXiv papers it links to, each once, in order of first mention
 */
public record Post(
    URI url, String title, List<Author> authors, Instant published, String summary, String text, List<PaperId> cites) {

  public Post {
    Objects.requireNonNull(url, "url");
    if (!url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
      throw new IllegalArgumentException("a post's URL must be absolute http or https: " + url);
    }
    if (url.getFragment() != null) {
      throw new IllegalArgumentException("a canonical URL has no fragment: " + url);
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("post " + url + " has no title");
    }
    title = title.strip().replaceAll("\\s+", " ");
    authors = List.copyOf(authors);
    summary = summary == null ? "" : summary.strip();
    text = text == null ? "" : text.strip();
    cites = List.copyOf(cites.stream().distinct().toList());
  }
}
