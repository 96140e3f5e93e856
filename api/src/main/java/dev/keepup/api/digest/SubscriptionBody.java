package dev.keepup.api.digest;

import dev.keepup.graph.subscription.Channel;
import dev.keepup.graph.subscription.StoredSubscription;
import dev.keepup.graph.subscription.Subscription;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A subscription as the HTTP API reads and writes it; absent fields take the defaults of the CLI
 * (daily, UTC, 20 items, no channels). Channels are {@code email:ADDRESS} or {@code webhook:URL}.
 */
public record SubscriptionBody(
    String name, String query, Set<String> topics, Set<String> skills, Set<String> categories, Set<String> researchers,
    String cadence, String zone, Integer size, List<String> channels, Instant watermark, String feed) {

  /** The subscription this body describes; {@code name} wins over the body's own when given. */
  public Subscription toSubscription(String pathName) {
    return new Subscription(
        pathName != null ? pathName : name, query, topics, skills, categories, researchers,
        cadence == null ? "daily" : cadence, zone == null ? "UTC" : zone, size == null ? 20 : size,
        channels == null ? List.of() : channels.stream().map(Channel::parse).toList());
  }

  /** The stored subscription with its watermark and the address of its feed. */
  public static SubscriptionBody of(StoredSubscription stored, String baseUrl) {
    String name = stored.subscription().name();
    return of(stored.subscription(), stored.watermark(), baseUrl + "/feeds/" + name + ".atom");
  }

  /** The body that asks for {@code subscription}. */
  public static SubscriptionBody asking(Subscription subscription) {
    return of(subscription, null, null);
  }

  private static SubscriptionBody of(Subscription s, Instant watermark, String feed) {
    return new SubscriptionBody(
        s.name(), s.query(), s.topics(), s.skills(), s.categories(), s.researchers(), s.cadence(), s.zone(), s.size(),
        s.channels().stream().map(Channel::toString).toList(), watermark, feed);
  }
}
