package dev.keepup.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.crawler.Fixtures;
import dev.keepup.crawler.arxiv.AnnounceType;
import dev.keepup.crawler.arxiv.ArxivApiClient;
import dev.keepup.crawler.arxiv.ArxivQuery;
import dev.keepup.crawler.arxiv.ListingItem;
import dev.keepup.crawler.fetch.Fetcher;
import dev.keepup.crawler.fetch.RecordingSleeper;
import dev.keepup.crawler.fetch.TestSettings;
import dev.keepup.crawler.oai.OaiHarvester;
import dev.keepup.crawler.oai.OaiPage;
import dev.keepup.crawler.state.CrawlSchedule;
import dev.keepup.crawler.state.InMemoryCrawlStateStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArxivCrawlerTest {

  @StartStop final MockWebServer server = new MockWebServer();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final Fetcher fetcher = new Fetcher(TestSettings.loopback(), sleeper, new SplittableRandom(5));
  private final InMemoryCrawlStateStore store = new InMemoryCrawlStateStore();
  private ArxivCrawler crawler() {
    return new ArxivCrawler(
      fetcher,
      new ArxivApiClient(fetcher, server.url("/api/query"), 10, 1),
      new OaiHarvester(fetcher, server.url("/oai")),
      store,
      new CrawlSchedule(Duration.ofHours(6), Duration.ofDays(2)),
      Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC));
  }

  @AfterEach
  void close() {
    fetcher.close();
  }

  private static MockResponse fixture(String path) {
    return new MockResponse.Builder().body(new String(Fixtures.bytes(path), StandardCharsets.UTF_8)).build();
  }

  @Test
  void readsTheListingThenAsksConditionallyAndGetsNothingNew() throws Exception {
    server.enqueue(new MockResponse.Builder(fixture("arxiv-rss/laya-reader_arxiv_rss.xml")).addHeader("ETag", "\"day1\"").build());
    server.enqueue(new MockResponse.Builder().code(304).build());

    ArxivCrawler.ListingCrawl first = crawler().listing("arxiv-listing", server.url("/rss/cs.LG+cs.AI").uri());
    ArxivCrawler.ListingCrawl second = crawler().listing("arxiv-listing", server.url("/rss/cs.LG+cs.AI").uri());

    assertThat(first.items()).extracting(ListingItem::type).contains(AnnounceType.NEW, AnnounceType.CROSS, AnnounceType.REPLACE);
    assertThat(second.outcome()).isEqualTo("not modified");
    assertThat(second.items()).isEmpty();
    server.takeRequest();
    assertThat(server.takeRequest().getHeaders().get("If-None-Match")).isEqualTo("\"day1\"");
    assertThat(store.get("arxiv-listing").itemsSeen()).isEqualTo(4);
  }

  @Test
  void anApiOutageIsRecordedAndBacksTheSourceOff() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "86400").build());
    ArxivCrawler.ApiCrawl crawl = crawler().newest("arxiv-api", ArxivQuery.categories(List.of("cs.LG")), p -> false, 100);
    assertThat(crawl.papers()).isEmpty();
    assertThat(crawl.error()).startsWith("arXiv API retry later: HTTP 503");
    assertThat(store.get("arxiv-api").consecutiveFailures()).isEqualTo(1);
    assertThat(store.get("arxiv-api").nextAttempt()).isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
  }

  @Test
  void theNextHarvestStartsWhereTheLastOneReached() throws Exception {
    server.enqueue(fixture("arxiv-oai/listrecords-arxiv.1.xml"));
    server.enqueue(fixture("arxiv-oai/listrecords-empty.xml"));

    ArxivCrawler.HarvestCrawl first = crawler().harvest("arxiv-oai", "cs", LocalDate.of(2015, 1, 1), page -> { });
    crawler().harvest("arxiv-oai", "cs", LocalDate.of(2015, 1, 1), page -> { });

    assertThat(first.records()).isEqualTo(2);
    assertThat(first.nextFrom()).isEqualTo(LocalDate.of(2018, 6, 21));
    assertThat(server.takeRequest().getUrl().queryParameter("from")).isEqualTo("2015-01-01");
    assertThat(server.takeRequest().getUrl().queryParameter("from")).isEqualTo("2018-06-21");
    assertThat(store.get("arxiv-oai").oaiFrom()).isEqualTo(LocalDate.of(2020, 4, 10));
  }

  @Test
  void aHarvestWaitsOutA503FollowsTheResumptionTokenAndStoresWhereItReached() throws Exception {
    server.enqueue(new MockResponse.Builder(fixture("arxiv-oai/listrecords-arxiv.0.status503.html")).code(503).addHeader("Retry-After", "10").build());
    server.enqueue(fixture("arxiv-oai/listidentifiers-gulbenkian.0.xml"));
    server.enqueue(fixture("arxiv-oai/listidentifiers-gulbenkian.1.xml"));
    List<OaiPage> pages = new ArrayList<>();

    ArxivCrawler.HarvestCrawl harvest = crawler().harvest("arxiv-oai", "cs", LocalDate.of(2026, 11, 19), pages::add);

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(10));
    assertThat(harvest.outcome()).isEqualTo("fetched");
    assertThat(pages).hasSize(2);
    assertThat(harvest.records()).isEqualTo(pages.get(0).identifiers().size() + pages.get(1).identifiers().size());
    assertThat(server.takeRequest().getUrl().queryParameter("from")).isEqualTo("2026-11-19");
    assertThat(server.takeRequest().getUrl().queryParameter("from")).isEqualTo("2026-11-19");
    assertThat(server.takeRequest().getUrl().queryParameter("resumptionToken")).isEqualTo(pages.getFirst().resumptionToken());
    LocalDate reached = LocalDate.ofInstant(pages.getFirst().responseDate(), ZoneOffset.UTC);
    assertThat(harvest.nextFrom()).isEqualTo(reached);
    assertThat(store.get("arxiv-oai").oaiFrom()).isEqualTo(reached);
  }

  @Test
  void aBackfillThatFailsMidwayKeepsWhatItHandedOverAndBacksTheSourceOff() throws Exception {
    server.enqueue(fixture("arxiv-api/q_testing_s0_m10_bc5a6c384fe9.xml"));
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "86400").build());
    List<String> handed = new ArrayList<>();

    ArxivCrawler.BackfillCrawl backfill = crawler().backfill("arxiv-api", ArxivQuery.categories(List.of("cs.LG")),
        LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20), 20, (from, to, papers) -> handed.add(from + ".." + to + ":" + papers.size()));

    assertThat(handed).containsExactly("2026-11-20..2026-11-20:10");
    assertThat(backfill.papers()).isEqualTo(10);
    assertThat(backfill.outcome()).isEqualTo("retry later");
    assertThat(server.takeRequest().getUrl().queryParameter("search_query")).isEqualTo("cat:cs.LG AND submittedDate:[202611200000 TO 202611202359]");
    assertThat(server.takeRequest().getUrl().queryParameter("start")).isEqualTo("10");
    assertThat(store.get("arxiv-api").consecutiveFailures()).isEqualTo(1);
    assertThat(store.get("arxiv-api").nextAttempt()).isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
  }
}
