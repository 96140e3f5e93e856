package dev.keepup.graph;

/**
 * Where papers and posts come from: an arXiv channel ({@code arxiv-api}, {@code arxiv-rss:cs.LG})
 * or a blog feed.
 *
 * @param id a stable id, the MERGE key
 * @param kind {@code arxiv} or {@code blog}
 * @param title for people to read
 * @param url the feed's address
 */
public record SourceNode(String id, String kind, String title, String url) {
  public SourceNode {
    Vocabulary.requireId(id, "source");
    if (!"arxiv".equals(kind) && !"blog".equals(kind)) {
      throw new IllegalArgumentException("source " + id + " has an unknown kind: " + kind);
    }
    title = title == null || title.isBlank() ? id : title.strip();
  }
}
