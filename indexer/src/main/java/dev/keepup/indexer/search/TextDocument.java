package dev.keepup.indexer.search;

/**
 * A document that is not a paper, such as one of a retrieval test collection: an id, a title and a
 * body. It goes through the same fields and analysis as a paper's title and abstract, so what is
 * measured on it speaks for paper search.
 */
public record TextDocument(String id, String title, String body) {
  public TextDocument {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("document id is blank");
    }
    title = title == null ? "" : title;
    body = body == null ? "" : body;
  }
}
