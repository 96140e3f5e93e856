package dev.keepup.graph;

/** A reference to a topic or skill by id with the tagger's confidence, in (0, 1]. */
public record ScoredRef(String id, double score) {
  public ScoredRef {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a tag needs an id");
    }
    if (!(score > 0 && score <= 1)) {
      throw new IllegalArgumentException("tag " + id + " has a score outside (0, 1]: " + score);
    }
  }
}
