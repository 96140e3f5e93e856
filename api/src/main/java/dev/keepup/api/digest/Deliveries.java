package dev.keepup.api.digest;

import dev.keepup.graph.subscription.Channel;
import dev.keepup.graph.subscription.PendingDelivery;
import dev.keepup.graph.subscription.SubscriptionStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through the deliveries that are due: each is attempted, then recorded as delivered, or as
 * failed with its next attempt after an exponential backoff (30 s doubling to at most 6 h) until
 * the last allowed attempt. The digest itself is in the graph already, so nothing is lost when a
 * channel is down; a delivery marked delivered is never attempted again.
 */
final class Deliveries {

  private static final Logger LOG = LoggerFactory.getLogger(Deliveries.class);
  static final Duration FIRST_RETRY = Duration.ofSeconds(30);
  static final Duration LONGEST_WAIT = Duration.ofHours(6);
  private static final int BATCH = 100;

  private final SubscriptionStore store;
  private final Map<Channel.Kind, ChannelSender> senders;
  private final int maxAttempts;

  Deliveries(SubscriptionStore store, Map<Channel.Kind, ChannelSender> senders, int maxAttempts) {
    this.store = store;
    this.senders = Map.copyOf(senders);
    this.maxAttempts = maxAttempts;
  }

  DeliveryReport deliverDue(Instant now) {
    int delivered = 0;
    int failed = 0;
    for (PendingDelivery p : store.pendingDeliveries(now, BATCH)) {
      try {
        Digest digest = DigestPayload.read(p.digest().payload());
        ChannelSender sender = senders.get(p.channel().kind());
        if (sender == null) {
          throw new DeliveryException(p.channel().kind() + " delivery is not configured", null);
        }
        sender.send(digest, p.channel(), p.id());
        store.markDelivered(p.id(), now);
        delivered++;
      } catch (DeliveryException e) {
        Instant next = now.plus(backoff(p.attempts()));
        store.markFailed(p.id(), e.getMessage(), next, maxAttempts);
        LOG.warn("Delivery {} failed (attempt {}): {}; next attempt at {}", p.id(), p.attempts() + 1, e.getMessage(), next);
        failed++;
      }
    }
    return new DeliveryReport(delivered, failed);
  }

  /** The wait after {@code failedAttempts} failures: 30 s, 1 min, 2 min, … at most 6 h. */
  static Duration backoff(int failedAttempts) {
    Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failedAttempts, 20));
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }
}
