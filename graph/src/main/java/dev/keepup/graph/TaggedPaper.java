package dev.keepup.graph;

import java.util.Objects;
import java.util.Optional;

/**
 * A paper as the graph holds it with its tags; no tags when it was never tagged, or tagged by a
 * Keepup that did not keep keyphrases yet.
 */
public record TaggedPaper(StoredPaper stored, Optional<StoredTags> tags) {
  public TaggedPaper {
    Objects.requireNonNull(stored, "stored");
    Objects.requireNonNull(tags, "tags");
  }
}
