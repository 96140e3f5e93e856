package dev.keepup.api.digest;

import dev.keepup.graph.subscription.Channel;
import dev.keepup.graph.subscription.DeliveryStatus;
import dev.keepup.graph.subscription.DigestRecord;
import dev.keepup.graph.subscription.Follows;
import dev.keepup.graph.subscription.StoredDigest;
import dev.keepup.graph.subscription.StoredSubscription;
import dev.keepup.graph.subscription.Subscription;
import dev.keepup.graph.subscription.SubscriptionSchema;
import dev.keepup.graph.subscription.SubscriptionStore;
import dev.keepup.indexer.search.PaperIndex;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import dev.keepup.crawler.fetch.FetchSettings;
import okhttp3.OkHttpClient;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscriptions and their digests: create and follow, build what is due, commit it (moving each
 * subscription's watermark, so a paper is new once), deliver it on its channels, and serve it as
 * an Atom feed. Thread-safe; one per application.
 */
public final class DigestService {

  private static final Logger LOG = LoggerFactory.getLogger(DigestService.class);
  /** The subscription that {@code follow} fills. */
  public static final String FOLLOWING = "following";
  /** Digests an Atom feed is made of. */
  static final int FEED_DIGESTS = 20;

  private final SubscriptionStore store;
  private final DigestBuilder builder;
  private final Deliveries deliveries;
  private final DigestSettings settings;
  private final Clock clock;
  private final Object commitLock = new Object();

  DigestService(SubscriptionStore store, PaperIndex index, DigestSettings settings, Map<Channel.Kind, ChannelSender> senders, Clock clock) {
    this.store = store;
    this.builder = new DigestBuilder(store, index, settings.user());
    this.deliveries = new Deliveries(store, senders, settings.maxAttempts());
    this.settings = settings;
    this.clock = clock;
  }

  /**
   * The service over an application's graph and index: applies the subscription constraints, and
   * sends e-mail and webhooks as {@code settings} allow, with {@code http} (the app's one client),
   * to the addresses {@code fetch} allows (the crawler's SSRF guard).
   */
  public static DigestService create(Driver driver, String database, PaperIndex index, DigestSettings settings,
      OkHttpClient http, FetchSettings fetch, Clock clock) {
    SubscriptionSchema.apply(driver, database);
    Map<Channel.Kind, ChannelSender> senders = new EnumMap<>(Channel.Kind.class);
    if (settings.smtp() != null) {
      senders.put(Channel.Kind.EMAIL, new EmailSender(settings.smtp(), new DigestText(settings.baseUrl())));
    }
    if (settings.webhookSecret() != null) {
      senders.put(Channel.Kind.WEBHOOK, new WebhookSender(http, fetch, settings.webhookSecret(), clock));
    }
    LOG.info("Digests with {}", settings);
    return new DigestService(new SubscriptionStore(driver, database), index, settings, senders, clock);
  }

  public DigestSettings settings() {
    return settings;
  }

  /**
   * Creates or replaces a subscription. A new one's first digest covers the period before it was
   * created, so it is not empty.
   *
   * @throws IllegalArgumentException when its cadence cannot be read
   */
  public StoredSubscription subscribe(Subscription s) {
    Cadence cadence = Cadence.parse(s.cadence(), s.zone());
    Instant now = clock.instant();
    return store.save(s, now, now.minus(cadence.period(now)));
  }

  /** Creates a subscription like {@link #subscribe}, unless one of its name exists (then empty). */
  public Optional<StoredSubscription> subscribeNew(Subscription s) {
    Cadence cadence = Cadence.parse(s.cadence(), s.zone());
    Instant now = clock.instant();
    return store.create(s, now, now.minus(cadence.period(now)));
  }

  /** Creates or replaces many subscriptions at once; see {@link #subscribe}. */
  public void subscribeAll(List<Subscription> subscriptions, Instant watermark) {
    subscriptions.forEach(s -> Cadence.parse(s.cadence(), s.zone()));
    store.saveAll(subscriptions, clock.instant(), watermark);
  }

  public List<StoredSubscription> subscriptions() {
    return store.all();
  }

  public Optional<StoredSubscription> subscription(String name) {
    return store.find(name);
  }

  public boolean unsubscribe(String name) {
    return store.delete(name);
  }

  /**
   * Follows a researcher, topic or skill: it boosts every digest, and it joins the
   * {@value #FOLLOWING} subscription (created daily, 20 items, on first follow).
   */
  public StoredSubscription follow(Follows.Kind kind, String label) {
    store.follow(settings.user(), kind, label);
    Subscription s = store.find(FOLLOWING).map(StoredSubscription::subscription).orElse(null);
    String value = label.strip();
    Subscription base = s != null ? s : switch (kind) {
      case RESEARCHER -> new Subscription(FOLLOWING, "", Set.of(), Set.of(), Set.of(), Set.of(value), "daily", "UTC", 20, List.of());
      case TOPIC -> new Subscription(FOLLOWING, "", Set.of(value), Set.of(), Set.of(), Set.of(), "daily", "UTC", 20, List.of());
      case SKILL -> new Subscription(FOLLOWING, "", Set.of(), Set.of(value), Set.of(), Set.of(), "daily", "UTC", 20, List.of());
    };
    Subscription followed = switch (kind) {
      case RESEARCHER -> base.withResearchers(plus(base.researchers(), value));
      case TOPIC -> base.withTopics(plus(base.topics(), value));
      case SKILL -> base.withSkills(plus(base.skills(), value));
    };
    return subscribe(followed);
  }

  public Follows follows() {
    return store.follows(settings.user());
  }

  /** The subscriptions whose cadence fired since their last digest. */
  public List<StoredSubscription> due(Instant now) {
    List<StoredSubscription> due = new ArrayList<>();
    for (StoredSubscription s : store.all()) {
      Instant fired = Cadence.parse(s.subscription().cadence(), s.subscription().zone()).lastAtOrBefore(now);
      if (fired.isAfter(s.watermark())) {
        due.add(s);
      }
    }
    return due;
  }

  /**
   * Builds and commits the digests of every due subscription: after downtime, one digest per
   * subscription covers the whole gap. Then delivers what is due. Returns the committed digests
   * that hold items.
   */
  public List<Digest> runDue() {
    Instant now = clock.instant();
    List<Digest> committed = commit(due(now), now);
    deliverDue();
    return committed;
  }

  /** Builds and commits the next digest of one subscription now, whatever its cadence, and delivers it. */
  public Digest digestNow(String name) {
    StoredSubscription s = store.find(name).orElseThrow(() -> new NoSuchElementException("no subscription named " + name));
    Instant now = clock.instant();
    List<Digest> committed = commit(List.of(s), now);
    deliverDue();
    return committed.isEmpty() ? new Digest(Digest.idOf(name, now), name, s.watermark(), now, List.of()) : committed.getFirst();
  }

  /** What a subscription would get for papers first seen after {@code since}; commits nothing. */
  public Digest preview(String name, Instant since) {
    StoredSubscription s = store.find(name).orElseThrow(() -> new NoSuchElementException("no subscription named " + name));
    return builder.build(List.of(DigestBuilder.from(s, since)), clock.instant()).getFirst();
  }

  /** Builds and commits digests up to {@code until} for {@code subscriptions}; the ones holding items. */
  public List<Digest> commit(List<StoredSubscription> subscriptions, Instant until) {
    synchronized (commitLock) {
      List<Digest> built = builder.build(subscriptions, until);
      long started = System.nanoTime();
      Map<String, List<Channel>> channels = new HashMap<>();
      subscriptions.forEach(s -> channels.put(s.name(), s.subscription().channels()));
      List<DigestRecord> records = built.stream().map(d -> new DigestRecord(
          d.id(), d.subscription(), d.from(), d.until(), until, DigestPayload.write(d),
          d.items().stream().map(i -> new DigestRecord.SentItem(i.id(), i.version(), i.updated())).toList(),
          channels.get(d.subscription()))).toList();
      Set<String> done = store.commit(records);
      List<Digest> committed = built.stream().filter(d -> done.contains(d.subscription()) && !d.items().isEmpty()).toList();
      LOG.info("Committed {} digests ({} with items) of {} subscriptions in {} ms", done.size(), committed.size(),
          subscriptions.size(), (System.nanoTime() - started) / 1_000_000);
      return committed;
    }
  }

  /** Attempts the deliveries that are due now. */
  public DeliveryReport deliverDue() {
    return deliveries.deliverDue(clock.instant());
  }

  /** The latest digests of a subscription, newest first. */
  public List<Digest> digests(String name, int limit) {
    return store.digests(name, limit).stream().map(StoredDigest::payload).map(DigestPayload::read).toList();
  }

  /** The delivery states of one digest. */
  public List<DeliveryStatus> deliveries(String digestId) {
    return store.deliveries(digestId);
  }

  /** The Atom feed of a subscription. */
  public String atom(String name) {
    if (store.find(name).isEmpty()) {
      throw new NoSuchElementException("no subscription named " + name);
    }
    return new AtomFeed(settings.baseUrl()).write(name, digests(name, FEED_DIGESTS));
  }

  private static Set<String> plus(Set<String> values, String value) {
    Set<String> more = new HashSet<>(values);
    more.add(value);
    return more;
  }
}
