package dev.keepup.graph;

import java.util.Objects;
import org.neo4j.driver.Value;

/**
 * A researcher, topic or skill in a ranked list: its key or id, its name, and the score it is
 * ranked by (a count, a weight or an influence, as the list says).
 */
public record Ranked(String id, String name, double score) {
  public Ranked {
    Objects.requireNonNull(id, "id");
    name = name == null ? id : name;
  }

  /** Reads a map value with {@code id}, {@code name} and {@code score}. */
  public static Ranked of(Value v) {
    return new Ranked(v.get("id").asString(), v.get("name").asString(null), v.get("score").asDouble());
  }
}
