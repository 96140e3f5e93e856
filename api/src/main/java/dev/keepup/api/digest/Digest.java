package dev.keepup.api.digest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one subscription gets for one period: papers Keepup first saw in {@code (from, until]} that
 * match it, best first, and revised versions of papers it was sent before.
 */
public record Digest(String id, String subscription, Instant from, Instant until, List<DigestItem> items) {
  public Digest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subscription, "subscription");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    items = List.copyOf(items);
  }

  /** The id a subscription's digest ending at {@code until} has. */
  static String idOf(String subscription, Instant until) {
    return subscription + "@" + until;
  }
}
