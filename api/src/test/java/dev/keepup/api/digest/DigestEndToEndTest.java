package dev.keepup.api.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import dev.keepup.api.Application;
import dev.keepup.api.config.ConfigLoader;
import dev.keepup.crawler.fetch.FetchSettings;
import dev.keepup.api.config.KeepupConfig;
import dev.keepup.api.ingest.ClockedIngest;
import dev.keepup.api.ingest.IngestPipeline;
import dev.keepup.graph.subscription.Follows;
import dev.keepup.graph.subscription.Subscription;
import dev.keepup.model.Paper;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Digests over real papers on real stores (embedded Neo4j over Bolt, Lucene on disk), in the order
 * a user lives them: subscribe, a first crawl and digest, a second crawl with new papers, a new
 * version of a sent paper and a cross-list, the second digest, a restart, and days of downtime.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DigestEndToEndTest {

  @TempDir static Path dataDir;
  static final SettableClock clock = new SettableClock(Instant.parse("2026-01-05T06:00:00Z"));
  static final OkHttpClient http = new OkHttpClient();
  static Application app;
  static DigestService digests;
  static IngestPipeline ingest;
  static Digest first;
  static Digest second;

  @BeforeAll
  static void open() {
    openApp();
  }

  private static void openApp() {
    KeepupConfig config = new ConfigLoader().load(null, Map.of()).withDataDir(dataDir);
    app = Application.open(config);
    ingest = ClockedIngest.of(app, clock);
    DigestSettings settings = new DigestSettings("http://keepup.test", null, null, 5, "default");
    digests = DigestService.create(app.driver(), "neo4j", app.index(), settings, http, FetchSettings.defaults("Keepup test"), clock);
  }

  @AfterAll
  static void close() {
    app.close();
  }

  @Test
  @Order(1)
  void theFirstDigestHoldsWhatMatchedOnTheFirstDay() {
    digests.subscribe(Subscription.ofQuery("diffusion", "diffusion"));
    digests.follow(Follows.Kind.RESEARCHER, "Leslie Gu");
    digests.subscribe(new Subscription("vision", "", Set.of(), Set.of(), Set.of("cs.CV"), Set.of(), "daily", "UTC", 100, List.of()));
    clock.set("2026-01-05T06:30:00Z");
    ingest.ingest(DigestPapers.round1());

    clock.set("2026-01-05T07:05:00Z");
    List<Digest> run = digests.runDue();

    first = only(run, "diffusion");
    assertThat(first.items()).extracting(DigestItem::id).containsExactly("2512.22175", "2512.22237");
    assertThat(first.items()).allSatisfy(i -> {
      assertThat(i.updated()).isFalse();
      assertThat(i.reasons()).contains("matches “diffusion”");
    });
    assertThat(run).extracting(Digest::subscription).doesNotContain("following"); // Leslie Gu is in round 2
  }

  @Test
  @Order(2)
  void theSecondDigestHoldsOnlyNewPapersAndMarksTheNewVersionUpdated() {
    clock.set("2026-01-06T06:30:00Z");
    ingest.ingest(DigestPapers.round2());

    clock.set("2026-01-06T07:05:00Z");
    List<Digest> run = digests.runDue();

    second = only(run, "diffusion");
    assertThat(second.from()).isEqualTo(first.until());
    assertThat(second.items()).extracting(DigestItem::id, DigestItem::version, DigestItem::updated)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("2512.22272", 1, false),
            org.assertj.core.groups.Tuple.tuple("2512.22175", 2, true));
    assertThat(second.items().get(1).reasons()).contains("updated: v2 (you were sent v1)");
    Digest following = only(run, "following");
    assertThat(following.items()).singleElement().satisfies(i -> {
      assertThat(i.id()).isEqualTo("2512.22274");
      assertThat(i.why()).isEqualTo("researcher: Leslie Gu · by a researcher you follow (Leslie Gu)");
    });
    Digest vision = only(run, "vision");
    List<String> newCv = DigestPapers.ALL.subList(25, 40).stream()
        .filter(p -> p.categories().contains("cs.CV")).map(p -> p.id().value()).toList();
    assertThat(vision.items()).filteredOn(i -> !i.updated()).extracting(DigestItem::id).containsExactlyInAnyOrderElementsOf(newCv);
    assertThat(vision.items()).filteredOn(DigestItem::updated).extracting(DigestItem::id).containsExactly("2512.22175");
    assertThat(vision.items()).extracting(DigestItem::id).doesNotHaveDuplicates().doesNotContain("2512.22237");
  }

  @Test
  @Order(3)
  void theAtomFeedHasStableIdsDatesAndLinks() throws Exception {
    SyndFeed feed = new SyndFeedInput().build(new StringReader(digests.atom("diffusion")));

    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getEntries()).extracting(SyndEntry::getUri).containsExactly(
        AtomFeed.entryId("diffusion", "2512.22272"), AtomFeed.entryId("diffusion", "2512.22175"),
        AtomFeed.entryId("diffusion", "2512.22237"));
    SyndEntry updated = feed.getEntries().get(1);
    assertThat(updated.getUpdatedDate()).isEqualTo(Date.from(second.until()));
    assertThat(updated.getTitle()).endsWith("(updated to v2)");
    assertThat(updated.getLinks()).extracting(SyndLink::getRel, SyndLink::getHref).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("alternate", "http://keepup.test/papers/2512.22175"),
        org.assertj.core.groups.Tuple.tuple("related", "https://arxiv.org/abs/2512.22175v2"));
    SyndEntry old = feed.getEntries().get(2);
    assertThat(old.getUpdatedDate()).isEqualTo(Date.from(first.until()));
    Paper paper = DigestPapers.byId("2512.22237");
    assertThat(old.getTitle()).isEqualTo(paper.title());
    assertThat(old.getAuthors()).hasSize(paper.authors().size());
  }

  @Test
  @Order(4)
  void aRestartBetweenDigestsLosesAndDuplicatesNothing() {
    app.close();
    openApp();
    clock.set("2026-01-06T07:30:00Z");

    assertThat(digests.runDue()).isEmpty();
    assertThat(digests.digestNow("diffusion").items()).isEmpty();
    assertThat(digests.digests("diffusion", 10)).extracting(Digest::id).containsExactly(second.id(), first.id());
    assertThat(digests.digests("diffusion", 10).getFirst()).isEqualTo(second);
  }

  @Test
  @Order(5)
  void afterDowntimeOneCatchUpDigestCoversTheGap() {
    Paper lateA = DigestPapers.revised(DigestPapers.byId("2512.22272"));
    clock.set("2026-01-07T06:30:00Z");
    ingest.ingest(List.of(lateA));
    clock.set("2026-01-08T06:30:00Z");
    ingest.ingest(List.of(DigestPapers.revised(DigestPapers.byId("2512.22237"))));

    clock.set("2026-01-09T12:00:00Z"); // three 07:00 digests missed
    List<Digest> run = digests.runDue();

    Digest catchUp = only(run, "diffusion");
    assertThat(catchUp.from()).isEqualTo(Instant.parse("2026-01-06T07:30:00Z"));
    assertThat(catchUp.items()).extracting(DigestItem::id).containsExactlyInAnyOrder("2512.22272", "2512.22237");
    assertThat(catchUp.items()).allMatch(DigestItem::updated);
    assertThat(digests.due(clock.instant())).isEmpty();
  }

  @Test
  @Order(6)
  void theHttpHandlersServeSubscriptionsFollowsAndTheFeed() throws Exception {
    DigestRoutes routes = new DigestRoutes(digests);
    Javalin web = Javalin.create(config -> {
      config.jetty.host = "127.0.0.1";
      config.jetty.port = 0;
      config.startup.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(dev.keepup.api.Json.MAPPER, false));
      config.routes.get("/api/subscriptions", routes::list);
      config.routes.post("/api/subscriptions", routes::create);
      config.routes.get("/api/subscriptions/{name}", routes::get);
      config.routes.put("/api/subscriptions/{name}", routes::replace);
      config.routes.delete("/api/subscriptions/{name}", routes::delete);
      config.routes.get("/api/subscriptions/{name}/digests", routes::history);
      config.routes.post("/api/subscriptions/{name}/digest", routes::digestNow);
      config.routes.get("/feeds/{file}", routes::feed);
      config.routes.get("/api/follows", routes::follows);
      config.routes.post("/api/follows", routes::follow);
    }).start();
    try {
      String base = "http://127.0.0.1:" + web.port();
      MediaType json = MediaType.get("application/json");
      try (Response created = call(new Request.Builder().url(base + "/api/subscriptions").post(RequestBody.create(
          "{\"name\":\"agents\",\"query\":\"agents\",\"categories\":[\"cs.AI\"],\"cadence\":\"weekly\",\"channels\":[\"email:a@b.org\"]}", json)).build())) {
        assertThat(created.code()).isEqualTo(201);
        assertThat(created.body().string()).contains("\"feed\":\"http://keepup.test/feeds/agents.atom\"", "\"cadence\":\"weekly\"");
      }
      try (Response bad = call(new Request.Builder().url(base + "/api/subscriptions/x").put(RequestBody.create("{\"size\":0,\"query\":\"q\"}", json)).build())) {
        assertThat(bad.code()).isEqualTo(422);
        assertThat(bad.body().string()).contains("the size must be 1 to 200");
      }
      try (Response feed = call(new Request.Builder().url(base + "/feeds/diffusion.atom").build())) {
        assertThat(feed.code()).isEqualTo(200);
        assertThat(feed.header("Content-Type")).startsWith("application/atom+xml");
        assertThat(new SyndFeedInput().build(new StringReader(feed.body().string())).getEntries()).hasSize(3);
      }
      try (Response missing = call(new Request.Builder().url(base + "/feeds/nobody.atom").build())) {
        assertThat(missing.code()).isEqualTo(404);
      }
      try (Response follows = call(new Request.Builder().url(base + "/api/follows").build())) {
        assertThat(follows.body().string()).contains("\"researchers\":[\"leslie gu\"]");
      }
      try (Response deleted = call(new Request.Builder().url(base + "/api/subscriptions/agents").delete().build())) {
        assertThat(deleted.code()).isEqualTo(204);
      }
      assertThat(digests.subscription("agents")).isEmpty();
    } finally {
      web.stop();
    }
  }

  @Test
  @Order(7)
  void theSchedulerCrawlsAfterTheArxivAnnouncementThenDigests() {
    java.util.concurrent.atomic.AtomicInteger crawls = new java.util.concurrent.atomic.AtomicInteger();
    Runnable crawl = () -> {
      crawls.incrementAndGet();
      ingest.ingest(List.of(DigestPapers.revised(DigestPapers.byId("2512.22274"))));
    };
    // Friday 2026-01-09 12:00 UTC; the last crawl ran before Thursday's 20:30 New York crawl time
    Cadence arxiv = Cadence.parse(DigestScheduler.ARXIV_CRAWL, DigestScheduler.ARXIV_ZONE);
    try (DigestScheduler scheduler = new DigestScheduler(arxiv, crawl, digests, clock, Instant.parse("2026-01-08T12:00:00Z"))) {
      clock.set("2026-01-10T07:01:00Z");
      scheduler.tick();
      scheduler.tick();

      assertThat(crawls).hasValue(1);
      Digest following = digests.digests("following", 1).getFirst();
      assertThat(following.until()).isEqualTo(Instant.parse("2026-01-10T07:01:00Z"));
      assertThat(following.items()).extracting(DigestItem::id, DigestItem::updated)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("2512.22274", true));
    }
  }

  private static Response call(Request request) throws java.io.IOException {
    return http.newCall(request).execute();
  }

  private static Digest only(List<Digest> run, String subscription) {
    return run.stream().filter(d -> d.subscription().equals(subscription)).findFirst()
        .orElseThrow(() -> new AssertionError("no digest for " + subscription + " in " + run));
  }
}
