package dev.keepup.graph.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A digest to commit: it covers papers first seen in {@code (from, until]}, and moves its
 * subscription's watermark from {@code from} to {@code until}.
 *
 * @param id unique, e.g. the subscription name and {@code until}
 * @param payload the digest as the application renders it back (JSON); stored as is
 * @param items the papers it holds, at the version it holds them
 * @param channels the channels to deliver it on; one pending delivery each
 */
public record DigestRecord(
    String id, String subscription, Instant from, Instant until, Instant created, String payload,
    List<SentItem> items, List<Channel> channels) {

  public DigestRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(subscription, "subscription");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(payload, "payload");
    if (!until.isAfter(from)) {
      throw new IllegalArgumentException("a digest must end after it starts: " + from + " .. " + until);
    }
    items = List.copyOf(items);
    channels = List.copyOf(channels);
  }

  /** One paper of a digest, at the version sent; {@code updated} when an earlier version was sent before. */
  public record SentItem(String paperId, int version, boolean updated) {
    public SentItem {
      Objects.requireNonNull(paperId, "paperId");
    }
  }
}
