package dev.keepup.graph;

import java.time.Instant;
import java.util.Objects;
import org.neo4j.driver.Value;

/** A paper as lists show it: id, title and when version 1 appeared. */
public record PaperSummary(String id, String title, Instant published) {
  public PaperSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
  }

  /** Reads a map value with {@code id}, {@code title} and {@code published}. */
  public static PaperSummary of(Value v) {
    return new PaperSummary(v.get("id").asString(), v.get("title").asString(), v.get("published").asZonedDateTime().toInstant());
  }
}
