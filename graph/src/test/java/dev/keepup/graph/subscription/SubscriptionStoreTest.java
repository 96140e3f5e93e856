package dev.keepup.graph.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keepup.graph.GraphStore;
import dev.keepup.graph.StoredPaper;
import dev.keepup.graph.embedded.EmbeddedNeo4j;
import dev.keepup.graph.schema.Schema;
import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

class SubscriptionStoreTest {

  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant T1 = Instant.parse("2026-03-02T00:00:00Z");
  private static final Instant T2 = Instant.parse("2026-03-03T00:00:00Z");

  @TempDir static Path home;
  static EmbeddedNeo4j neo4j;
  static Driver driver;
  static GraphStore graph;
  static SubscriptionStore store;

  @BeforeAll
  static void start() {
    neo4j = EmbeddedNeo4j.start(home, 64L << 20);
    driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, neo4j.password()));
    Schema.apply(driver, "neo4j");
    SubscriptionSchema.apply(driver, "neo4j");
    SubscriptionSchema.apply(driver, "neo4j"); // idempotent
    graph = new GraphStore(driver, "neo4j");
    store = new SubscriptionStore(driver, "neo4j");
  }

  @AfterAll
  static void stop() {
    driver.close();
    neo4j.close();
  }

  private static Paper paper(String id, int version) {
    return new Paper(PaperId.of(id), version, "Title of " + id, "Abstract of " + id,
        List.of(new Author("Yann LeCun"), new Author("Léon Bottou")), List.of("cs.LG"),
        Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-0" + version + "T00:00:00Z"), null, null, null);
  }

  @Test
  void savedSubscriptionReadsBackWithNormalisedResearchersAndChannels() {
    Subscription s = new Subscription("round-trip", "diffusion models", Set.of("Diffusion"), Set.of(), Set.of("cs.LG"),
        Set.of("Léon Bottou"), "0 0 7 * * ?", "Europe/Paris", 15,
        List.of(Channel.parse("email:me@example.org"), Channel.parse("webhook:https://example.org/hook")));

    StoredSubscription stored = store.save(s, T1, T0);

    assertThat(stored.subscription().researchers()).containsExactly("leon bottou");
    assertThat(stored.subscription().topics()).containsExactly("diffusion");
    assertThat(stored.subscription().channels()).isEqualTo(s.channels());
    assertThat(stored.watermark()).isEqualTo(T0);
    assertThat(store.find("round-trip")).contains(stored);
  }

  @Test
  void replacingASubscriptionKeepsItsWatermark() {
    store.save(Subscription.ofQuery("keeps-watermark", "graphs"), T1, T0);
    StoredSubscription replaced = store.save(Subscription.ofQuery("keeps-watermark", "graph neural networks"), T2, T2);
    assertThat(replaced.watermark()).isEqualTo(T0);
    assertThat(replaced.subscription().query()).isEqualTo("graph neural networks");
  }

  @Test
  void creatingANameThatExistsChangesNothingEvenWhenManyTryAtOnce() throws Exception {
    assertThat(store.create(Subscription.ofQuery("first-wins", "graphs"), T1, T0)).isPresent();
    assertThat(store.create(Subscription.ofQuery("first-wins", "transformers"), T2, T2)).isEmpty();
    assertThat(store.find("first-wins").orElseThrow().subscription().query()).isEqualTo("graphs");

    int clients = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> created = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      for (int i = 0; i < clients; i++) {
        String query = "query " + i;
        created.add(pool.submit(() -> {
          start.await();
          return store.create(Subscription.ofQuery("raced", query), T1, T0).isPresent();
        }));
      }
      start.countDown();
      long winners = 0;
      for (Future<Boolean> f : created) {
        winners += f.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    }
  }

  @Test
  void aDigestCommitsOnceMovesTheWatermarkAndQueuesOneDeliveryPerChannel() {
    graph.upsertPapers(List.of(paper("2603.00001", 1)), T1);
    Subscription s = Subscription.ofQuery("commits-once", "title").withChannels(List.of(Channel.parse("email:a@example.org")));
    store.save(s, T0, T0);
    DigestRecord digest = new DigestRecord("commits-once@" + T2, "commits-once", T0, T2, T2, "{}",
        List.of(new DigestRecord.SentItem("2603.00001", 1, false)), s.channels());

    Set<String> first = store.commit(List.of(digest));
    Set<String> again = store.commit(List.of(digest));

    assertThat(first).containsExactly("commits-once");
    assertThat(again).isEmpty();
    assertThat(store.find("commits-once").orElseThrow().watermark()).isEqualTo(T2);
    assertThat(store.digests("commits-once", 10)).extracting(StoredDigest::id).containsExactly(digest.id());
    List<DeliveryStatus> deliveries = store.deliveries(digest.id());
    assertThat(deliveries).singleElement().satisfies(d -> {
      assertThat(d.status()).isEqualTo("pending");
      assertThat(d.channel()).isEqualTo(Channel.parse("email:a@example.org"));
    });
  }

  @Test
  void aFailedDeliveryIsRetriedWhenDueAndDeliveredOnlyOnce() {
    graph.upsertPapers(List.of(paper("2603.00002", 1)), T1);
    Subscription s = Subscription.ofQuery("retried", "title").withChannels(List.of(Channel.parse("webhook:http://127.0.0.1:9/x")));
    store.save(s, T0, T0);
    DigestRecord digest = new DigestRecord("retried@" + T2, "retried", T0, T2, T2, "{\"n\":1}",
        List.of(new DigestRecord.SentItem("2603.00002", 1, false)), s.channels());
    store.commit(List.of(digest));
    String id = store.deliveries(digest.id()).getFirst().id();

    store.markFailed(id, "HTTP 500", T2.plusSeconds(60), 5);

    assertThat(pendingIds(T2.plusSeconds(59))).doesNotContain(id);
    assertThat(pendingIds(T2.plusSeconds(60))).contains(id);
    assertThat(store.markDelivered(id, T2.plusSeconds(61))).isTrue();
    assertThat(store.markDelivered(id, T2.plusSeconds(62))).isFalse();
    assertThat(store.deliveries(digest.id())).singleElement().satisfies(d -> {
      assertThat(d.status()).isEqualTo("delivered");
      assertThat(d.attempts()).isEqualTo(2);
      assertThat(d.lastError()).isEqualTo("HTTP 500");
    });
  }

  @Test
  void aNewerVersionOfASentPaperIsReportedAsUpdated() {
    graph.upsertPapers(List.of(paper("2603.00003", 1)), T1);
    store.save(Subscription.ofQuery("sees-updates", "title"), T0, T0);
    store.commit(List.of(new DigestRecord("sees-updates@1", "sees-updates", T0, T1, T1, "{}",
        List.of(new DigestRecord.SentItem("2603.00003", 1, false)), List.of())));
    assertThat(store.updatedSinceSent(List.of("sees-updates"))).isEmpty();

    graph.upsertPapers(List.of(paper("2603.00003", 2)), T2);

    assertThat(store.updatedSinceSent(List.of("sees-updates"))).singleElement().satisfies(u -> {
      assertThat(u.sentVersion()).isEqualTo(1);
      assertThat(u.paper().paper().version()).isEqualTo(2);
      assertThat(u.paper().firstSeen()).isEqualTo(T1);
    });
  }

  @Test
  void theWindowHoldsPapersByWhenKeepupFirstSawThem() {
    Instant early = Instant.parse("2025-01-01T00:00:00Z");
    Instant late = Instant.parse("2025-01-02T00:00:00Z");
    graph.upsertPapers(List.of(paper("2501.00010", 1)), early);
    graph.upsertPapers(List.of(paper("2501.00011", 1)), late);

    List<StoredPaper> window = store.firstSeenBetween(early, late);

    assertThat(window).extracting(p -> p.paper().id().value()).containsExactly("2501.00011");
    assertThat(window.getFirst().paper().authors()).extracting(Author::name).containsExactly("Yann LeCun", "Léon Bottou");
  }

  @Test
  void followsAreKeptPerUserByKey() {
    store.follow("ada", Follows.Kind.RESEARCHER, "Léon Bottou");
    store.follow("ada", Follows.Kind.TOPIC, "Diffusion Models");
    store.follow("ada", Follows.Kind.TOPIC, "diffusion models");

    Follows follows = store.follows("ada");

    assertThat(follows.researchers()).containsExactly("leon bottou");
    assertThat(follows.topics()).containsExactly("diffusion models");
    assertThat(store.follows("nobody")).isEqualTo(Follows.NONE);
  }

  @Test
  void deletingASubscriptionRemovesItsDigests() {
    store.save(Subscription.ofQuery("to-delete", "title"), T0, T0);
    assertThat(store.delete("to-delete")).isTrue();
    assertThat(store.delete("to-delete")).isFalse();
    assertThat(store.find("to-delete")).isEmpty();
  }

  @Test
  void badSubscriptionsAreRefusedWithAReason() {
    assertThatThrownBy(() -> Subscription.ofQuery("Bad Name", "x")).hasMessageContaining("subscription name");
    assertThatThrownBy(() -> Subscription.ofQuery("empty", " ")).hasMessageContaining("needs a query");
    assertThatThrownBy(() -> Channel.parse("webhook:file:///etc/passwd")).hasMessageContaining("http or https");
    assertThatThrownBy(() -> Channel.parse("pigeon:home")).hasMessageContaining("email:ADDRESS");
  }

  private static List<String> pendingIds(Instant now) {
    return store.pendingDeliveries(now, 100).stream().map(PendingDelivery::id).toList();
  }
}
