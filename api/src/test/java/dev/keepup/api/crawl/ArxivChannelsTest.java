package dev.keepup.api.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.api.Application;
import dev.keepup.api.TestSources;
import dev.keepup.api.config.ConfigLoader;
import dev.keepup.crawler.fetch.RecordingSleeper;
import dev.keepup.crawler.source.SourcesConfig;
import dev.keepup.crawler.state.CrawlState;
import dev.keepup.graph.StoredPaper;
import dev.keepup.model.PaperId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * arXiv's three channels through the real application (embedded Neo4j, Lucene on disk) against a
 * loopback "arXiv" that serves recorded real answers: the API's newest papers down to the first one
 * the graph has, the OAI-PMH harvest through a 503 with Retry-After and on from the stored date, and
 * the daily listing looked up by id only where the graph lacks a paper. What was asked (paths,
 * parameters, the 3 s between requests) and what came out (papers in the graph and the index, state
 * in the graph) are both checked.
 */
class ArxivChannelsTest {

  private static final Duration ARXIV_INTERVAL = Duration.ofSeconds(3);

  @StartStop final MockWebServer arxiv = new MockWebServer();

  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final Queue<MockResponse> oaiAnswers = new ConcurrentLinkedQueue<>();
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final MovableClock clock = new MovableClock(Instant.parse("2011-06-01T00:00:00Z"));
  private volatile String newestPage;

  @Test
  void eachChannelKeepsItsOwnStateAndAPaperSeenByAllOfThemIsOnePaper(@TempDir Path dir) throws Exception {
    String listing = listing();
    arxiv.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        HttpUrl url = request.getUrl();
        return switch (url.encodedPath()) {
          case "/api/query" -> atom(url.queryParameter("id_list") != null ? "id_1605.08386_s0_m100_199195aa31ad.xml" : newestPage);
          case "/rss/cs.LG+cs.DM" -> new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml").body(listing).build();
          case "/oai" -> oaiAnswers.remove();
          default -> new MockResponse.Builder().code(404).build();
        };
      }
    });
    try (Application app = Application.open(new ConfigLoader().load(null, Map.of()).withDataDir(dir.resolve("data")))) {
      Crawl crawl = app.crawl(sources(dir), sleeper, clock);

      // 1. the API, first crawl: newest first, at most result_cap (10) papers
      newestPage = "q_testing_s10_m10_34e56e15aaac.xml";
      CrawlReport first = crawl.run(new CrawlRequest("arxiv-api", null), line -> { });
      HttpUrl asked = only(requests).getUrl();
      assertThat(asked.queryParameter("search_query")).isEqualTo("(cat:cs.LG OR cat:cs.DM)");
      assertThat(asked.queryParameter("sortBy")).isEqualTo("submittedDate");
      assertThat(asked.queryParameter("sortOrder")).isEqualTo("descending");
      assertThat(asked.queryParameter("start")).isEqualTo("0");
      assertThat(asked.queryParameter("max_results")).isEqualTo("10");
      assertThat(first.newPapers()).isEqualTo(10);

      // 2. the API an hour later: a page that begins with five new papers, then one it has
      clock.advance(Duration.ofHours(2));
      newestPage = "q_testing_s5_m15_bbcf6b23085b.xml";
      requests.clear();
      CrawlReport second = crawl.run(new CrawlRequest("arxiv-api", null), line -> { });
      assertThat(requests).hasSize(1);
      assertThat(second.newPapers()).isEqualTo(5);
      assertThat(second.sources()).singleElement().satisfies(l -> assertThat(l.items()).isEqualTo(5));

      // 3. OAI-PMH: a 503 with Retry-After 10 is waited out, then the records of the categories are kept
      oaiAnswers.add(new MockResponse.Builder(oai("listrecords-arxiv.0.status503.html")).code(503).addHeader("Retry-After", "10").build());
      oaiAnswers.add(oai("listrecords-arxiv.1.xml"));
      requests.clear();
      CrawlReport harvest = crawl.run(new CrawlRequest("arxiv-oai", null), line -> { });
      assertThat(requests).hasSize(2).allSatisfy(r -> {
        assertThat(r.getUrl().queryParameter("verb")).isEqualTo("ListRecords");
        assertThat(r.getUrl().queryParameter("metadataPrefix")).isEqualTo("arXiv");
        assertThat(r.getUrl().queryParameter("set")).isEqualTo("cs");
        assertThat(r.getUrl().queryParameter("from")).isEqualTo("2011-05-29"); // lookback_days before today
      });
      assertThat(harvest.newPapers()).isEqualTo(1); // 1412.8544 (cs.DM); hep-th/9504118 is not followed
      assertThat(app.graph().paper(PaperId.of("hep-th/9504118"))).isEmpty();
      assertThat(app.crawlStates().get("arxiv-oai").oaiFrom()).isEqualTo(LocalDate.of(2018, 6, 21));

      // 4. the listing: looked up by id only where the graph lacks the listed version
      requests.clear();
      CrawlReport listed = crawl.run(new CrawlRequest("arxiv-listing", null), line -> { });
      assertThat(requests).extracting(r -> r.getUrl().encodedPath()).containsExactly("/rss/cs.LG+cs.DM", "/api/query");
      assertThat(requests.get(1).getUrl().queryParameter("id_list")).isEqualTo("1605.08386,2609.26820,1412.8544");
      assertThat(listed.newPapers()).isEqualTo(2);
      assertThat(listed.updatedPapers()).isEqualTo(1); // 1412.8544, v1 from OAI, listed as v3
      assertThat(listed.unchangedPapers()).isEqualTo(1); // 2406.19956v2, the API gave v3
      StoredPaper enriched = app.graph().paper(PaperId.of("1605.08386")).orElseThrow();
      assertThat(enriched.paper().published()).isEqualTo(Instant.parse("2016-05-26T17:59:46Z")); // not the listing's date
      assertThat(enriched.paper().comment()).isEqualTo("20 pages, 3 figures");
      assertThat(app.graph().paper(PaperId.of("1412.8544")).orElseThrow().paper().version()).isEqualTo(3);
      assertThat(app.graph().paper(PaperId.of("2406.19956")).orElseThrow().paper().version()).isEqualTo(3);
      assertThat(app.index().search("\"Heat-bath random walks with Markov bases\"", 5).hits())
          .extracting(h -> h.id()).containsExactly("1605.08386");

      // 5. OAI again later: from the date the last harvest reached
      clock.advance(Duration.ofHours(2));
      oaiAnswers.add(oai("listrecords-empty.xml"));
      requests.clear();
      crawl.run(new CrawlRequest("arxiv-oai", null), line -> { });
      assertThat(only(requests).getUrl().queryParameter("from")).isEqualTo("2018-06-21");

      // every request after the first waited arXiv's interval; the 503 made one wait 10 s
      assertThat(sleeper.sleeps()).containsExactly(
          ARXIV_INTERVAL, ARXIV_INTERVAL, Duration.ofSeconds(10), ARXIV_INTERVAL, ARXIV_INTERVAL, ARXIV_INTERVAL);
      List<CrawlState> states = app.crawlStates().all();
      assertThat(states).extracting(CrawlState::sourceId).containsExactly("arxiv-api", "arxiv-listing", "arxiv-oai");
      assertThat(states).allSatisfy(s -> assertThat(s.consecutiveFailures()).isZero());
      assertThat(app.graph().counts().papers()).isEqualTo(10 + 5 + 1 + 2);
    }
  }

  /**
   * The test source list with arXiv's three channels on the loopback server, categories cs.LG and
   * cs.DM, 10 results a page and a query, arXiv's 3 s between requests and one retry.
   */
  private SourcesConfig sources(Path dir) throws IOException {
    Path file = TestSources.write(dir, arxiv.url("/").toString(), "{ api: true, listing: true, oai: true }", 10);
    Files.writeString(file, Files.readString(file)
        .replace("[cs.LG, cs.AI]", "[cs.LG, cs.DM]")
        .replace("page_size: 100", "page_size: 10")
        .replace("default_interval_seconds: 0", "default_interval_seconds: 3")
        .replace("max_retries: 0", "max_retries: 1")
        .replace("backoff_max_seconds: 2", "backoff_max_seconds: 30"));
    return SourcesConfig.load(file);
  }

  /**
   * The real listing with three ids renamed so that the channels overlap as on the real arXiv: a
   * new paper the id look-up knows (1605.08386), a cross-list of a paper the API gave at a newer
   * version (2406.19956), and a new version of the paper the OAI harvest gave (1412.8544).
   */
  private static String listing() {
    return resource("feeds/laya-reader_arxiv_rss.xml")
        .replace("2609.26811", "1605.08386")
        .replace("2205.06398", "2406.19956")
        .replace("2009.13987", "1412.8544");
  }

  private static MockResponse atom(String file) {
    return new MockResponse.Builder().addHeader("Content-Type", "application/atom+xml").body(resource("arxiv-crawl/" + file)).build();
  }

  private static MockResponse oai(String file) {
    return new MockResponse.Builder().addHeader("Content-Type", "text/xml").body(resource("arxiv-crawl/" + file)).build();
  }

  private static RecordedRequest only(List<RecordedRequest> requests) {
    assertThat(requests).hasSize(1);
    return requests.getFirst();
  }

  private static String resource(String name) {
    try (InputStream in = ArxivChannelsTest.class.getResourceAsStream("/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A clock the test moves forward. */
  private static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      now = start;
    }

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("UTC only");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
