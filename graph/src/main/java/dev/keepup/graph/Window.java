package dev.keepup.graph;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A time window [from, to) over papers' first publication; trends compare it to the one before. */
public record Window(Instant from, Instant to) {
  public Window {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("a window must start before it ends: " + from + " .. " + to);
    }
  }

  /** The {@code length} before {@code to}. */
  public static Window before(Instant to, Duration length) {
    return new Window(to.minus(length), to);
  }

  /** The window of the same length just before this one. */
  public Window previous() {
    return new Window(from.minus(Duration.between(from, to)), from);
  }

  /** The Cypher parameters {@code from}, {@code to} and {@code prevFrom}. */
  public Map<String, Object> params() {
    return Map.of(
        "from", PaperWriter.utc(from), "to", PaperWriter.utc(to), "prevFrom", PaperWriter.utc(previous().from()));
  }
}
