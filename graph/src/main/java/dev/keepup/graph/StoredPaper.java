package dev.keepup.graph;

import dev.keepup.model.Paper;
import java.time.Instant;
import java.util.Objects;

/** A paper as the graph holds it, with when Keepup first saw it. */
public record StoredPaper(Paper paper, Instant firstSeen) {
  public StoredPaper {
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(firstSeen, "firstSeen");
  }
}
