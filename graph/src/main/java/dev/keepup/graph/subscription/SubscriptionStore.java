package dev.keepup.graph.subscription;

import static dev.keepup.graph.subscription.SubscriptionRows.utc;

import dev.keepup.graph.ResearcherKeys;
import dev.keepup.graph.StoredPaper;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.SessionConfig;

/**
 * Subscriptions, follows, digests and deliveries in the graph. Every method is one short session
 * and one managed transaction; writes are batched where a caller may have thousands.
 */
public final class SubscriptionStore {

  /** Digests committed per transaction. */
  static final int COMMIT_BATCH = 500;

  private final Driver driver;
  private final SessionConfig sessionConfig;

  /** Uses {@code driver} (owned by the caller) on {@code database}. */
  public SubscriptionStore(Driver driver, String database) {
    this.driver = driver;
    this.sessionConfig = SessionConfig.forDatabase(database);
  }

  /**
   * Creates or replaces subscriptions by name. A new one starts with {@code watermark}: its first
   * digest holds papers first seen after it. An existing one keeps its watermark and digests.
   */
  public void saveAll(Collection<Subscription> subscriptions, Instant now, Instant watermark) {
    List<Map<String, Object>> rows = subscriptions.stream().map(s -> SubscriptionRows.subscription(s, now, watermark)).toList();
    for (int from = 0; from < rows.size(); from += COMMIT_BATCH) {
      List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + COMMIT_BATCH));
      write(SubscriptionCypher.SAVE, Map.of("rows", batch));
    }
  }

  /** Creates or replaces one subscription; see {@link #saveAll}. */
  public StoredSubscription save(Subscription subscription, Instant now, Instant watermark) {
    return writeOne(SubscriptionCypher.SAVE, subscription, now, watermark);
  }

  /**
   * Creates a subscription unless one of that name exists (then empty), atomically: of two
   * simultaneous creations of one name, the uniqueness constraint lets one through.
   */
  public Optional<StoredSubscription> create(Subscription subscription, Instant now, Instant watermark) {
    try {
      return Optional.of(writeOne(SubscriptionCypher.CREATE, subscription, now, watermark));
    } catch (ClientException e) {
      if ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Runs a subscription write for one row and returns the subscription as written, in one transaction. */
  private StoredSubscription writeOne(String cypher, Subscription subscription, Instant now, Instant watermark) {
    Map<String, Object> params = Map.of("rows", List.of(SubscriptionRows.subscription(subscription, now, watermark)));
    try (var session = driver.session(sessionConfig)) {
      return session.executeWrite(tx -> SubscriptionRows.subscription(tx.run(cypher, params).single().get("s").asNode()));
    }
  }

  public Optional<StoredSubscription> find(String name) {
    return read(tx -> {
      var result = tx.run(SubscriptionCypher.BY_NAME, Map.of("name", name));
      return result.hasNext() ? Optional.of(SubscriptionRows.subscription(result.single().get("s").asNode())) : Optional.empty();
    });
  }

  /** Every subscription, by name. */
  public List<StoredSubscription> all() {
    return read(tx -> tx.run(SubscriptionCypher.ALL).list(r -> SubscriptionRows.subscription(r.get("s").asNode())));
  }

  /** Deletes a subscription with its digests and deliveries; false when there was none. */
  public boolean delete(String name) {
    try (var session = driver.session(sessionConfig)) {
      return session.executeWrite(tx -> tx.run(SubscriptionCypher.DELETE, Map.of("name", name)).single().get("deleted").asLong() > 0);
    }
  }

  /** Makes {@code user} follow a researcher (by name or key), a topic or a skill (by label). */
  public void follow(String user, Follows.Kind kind, String label) {
    if (label == null || label.isBlank() || label.length() > 200) {
      throw new IllegalArgumentException("name what to follow (at most 200 characters)");
    }
    String cypher = switch (kind) {
      case RESEARCHER -> SubscriptionCypher.FOLLOW_RESEARCHER;
      case TOPIC -> SubscriptionCypher.FOLLOW_TOPIC;
      case SKILL -> SubscriptionCypher.FOLLOW_SKILL;
    };
    String key = kind == Follows.Kind.RESEARCHER ? ResearcherKeys.of(label) : label.strip().toLowerCase(Locale.ROOT);
    write(cypher, Map.of("user", user, "key", key, "label", label.strip()));
  }

  /** What {@code user} follows. */
  public Follows follows(String user) {
    Map<Follows.Kind, Set<String>> keys = new HashMap<>();
    for (Follows.Kind kind : Follows.Kind.values()) {
      keys.put(kind, new HashSet<>());
    }
    read(tx -> {
      tx.run(SubscriptionCypher.FOLLOWS, Map.of("user", user))
          .forEachRemaining(r -> keys.get(Follows.Kind.valueOf(r.get("kind").asString())).add(r.get("key").asString()));
      return null;
    });
    return new Follows(keys.get(Follows.Kind.RESEARCHER), keys.get(Follows.Kind.TOPIC), keys.get(Follows.Kind.SKILL));
  }

  /** Papers Keepup first saw in {@code (since, until]}, with their authors in order. */
  public List<StoredPaper> firstSeenBetween(Instant since, Instant until) {
    return read(tx -> tx.run(SubscriptionCypher.WINDOW, Map.of("since", utc(since), "until", utc(until)))
        .list(SubscriptionRows::paper));
  }

  /** Papers these subscriptions were sent that the graph now holds at a newer version. */
  public List<UpdatedPaper> updatedSinceSent(Collection<String> subscriptions) {
    return read(tx -> tx.run(SubscriptionCypher.UPDATED, Map.of("names", List.copyOf(subscriptions)))
        .list(r -> new UpdatedPaper(r.get("subscription").asString(), SubscriptionRows.paper(r), r.get("sent").asInt())));
  }

  /** How many papers each of these researchers (by key) authored, for those with any. */
  public Map<String, Long> paperCounts(Collection<String> researcherKeys) {
    Map<String, Long> counts = new HashMap<>();
    read(tx -> {
      tx.run(SubscriptionCypher.PAPER_COUNTS, Map.of("keys", List.copyOf(researcherKeys)))
          .forEachRemaining(r -> counts.put(r.get("key").asString(), r.get("papers").asLong()));
      return null;
    });
    return counts;
  }

  /**
   * Commits digests, each only if its subscription's watermark is still the digest's {@code from}
   * (so two builders never both commit one period), moving the watermark to its {@code until}.
   * Digests without items only move the watermark. Returns the names of the subscriptions whose
   * digest was committed.
   */
  public Set<String> commit(List<DigestRecord> digests) {
    Set<String> committed = new HashSet<>();
    for (int from = 0; from < digests.size(); from += COMMIT_BATCH) {
      List<Map<String, Object>> rows =
          digests.subList(from, Math.min(digests.size(), from + COMMIT_BATCH)).stream().map(SubscriptionRows::digest).toList();
      try (var session = driver.session(sessionConfig)) {
        committed.addAll(session.executeWrite(
            tx -> tx.run(SubscriptionCypher.COMMIT, Map.of("digests", rows)).list(r -> r.get("name").asString())));
      }
    }
    return committed;
  }

  /** The latest digests of a subscription, newest first. */
  public List<StoredDigest> digests(String subscription, int limit) {
    return read(tx -> tx.run(SubscriptionCypher.DIGESTS, Map.of("name", subscription, "limit", limit))
        .list(r -> SubscriptionRows.digest(r.get("subscription").asString(), r.get("g").asNode())));
  }

  /** Deliveries due at {@code now}, oldest digest first. */
  public List<PendingDelivery> pendingDeliveries(Instant now, int limit) {
    return read(tx -> tx.run(SubscriptionCypher.PENDING, Map.of("now", utc(now), "limit", limit))
        .list(r -> {
          var x = r.get("x").asNode();
          return new PendingDelivery(
              x.get("id").asString(), SubscriptionRows.digest(r.get("subscription").asString(), r.get("g").asNode()),
              SubscriptionRows.channel(x), x.get("attempts").asInt());
        }));
  }

  /** The deliveries of one digest. */
  public List<DeliveryStatus> deliveries(String digestId) {
    return read(tx -> tx.run(SubscriptionCypher.DELIVERIES, Map.of("digest", digestId))
        .list(r -> SubscriptionRows.delivery(r.get("x").asNode())));
  }

  /** Records a success; false when the delivery was not pending (already delivered or given up). */
  public boolean markDelivered(String deliveryId, Instant at) {
    try (var session = driver.session(sessionConfig)) {
      return session.executeWrite(
          tx -> tx.run(SubscriptionCypher.MARK_DELIVERED, Map.of("id", deliveryId, "at", utc(at))).single().get("marked").asLong() == 1);
    }
  }

  /** Records a failed attempt: retried at {@code next}, or given up after {@code maxAttempts}. */
  public void markFailed(String deliveryId, String error, Instant next, int maxAttempts) {
    String bounded = error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
    write(SubscriptionCypher.MARK_FAILED,
        Map.of("id", deliveryId, "error", bounded, "next", utc(next), "maxAttempts", maxAttempts));
  }

  private interface ReadWork<T> {
    T apply(org.neo4j.driver.TransactionContext tx);
  }

  private <T> T read(ReadWork<T> work) {
    try (var session = driver.session(sessionConfig)) {
      return session.executeRead(work::apply);
    }
  }

  private void write(String cypher, Map<String, Object> params) {
    try (var session = driver.session(sessionConfig)) {
      session.executeWriteWithoutResult(tx -> tx.run(cypher, params).consume());
    }
  }
}
