package dev.keepup.graph.subscription;

import java.time.Instant;
import java.util.Objects;

/**
 * A subscription as the graph holds it.
 *
 * @param created when it was first saved
 * @param watermark the first-seen time up to which its digests have covered the graph: the next
 *     digest holds papers first seen after it
 */
public record StoredSubscription(Subscription subscription, Instant created, Instant watermark) {
  public StoredSubscription {
    Objects.requireNonNull(subscription, "subscription");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(watermark, "watermark");
  }

  public String name() {
    return subscription.name();
  }
}
