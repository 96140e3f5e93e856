package dev.keepup.graph.subscription;

import java.util.Objects;

/**
 * A delivery of one digest on one channel that has not succeeded yet.
 *
 * @param attempts how many attempts failed so far
 */
public record PendingDelivery(String id, StoredDigest digest, Channel channel, int attempts) {
  public PendingDelivery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(channel, "channel");
  }
}
