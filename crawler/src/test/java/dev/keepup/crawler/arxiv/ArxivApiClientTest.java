package dev.keepup.crawler.arxiv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keepup.crawler.Fixtures;
import dev.keepup.crawler.fetch.FetchOutcome;
import dev.keepup.crawler.fetch.FetchSettings;
import dev.keepup.crawler.fetch.Fetcher;
import dev.keepup.crawler.fetch.TestSettings;
import dev.keepup.crawler.fetch.TimedDispatcher;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ArxivApiClientTest {

  @StartStop final MockWebServer server = new MockWebServer();

  private Fetcher fetcher;

  private ArxivApiClient client(FetchSettings settings, int pageSize) {
    fetcher = new Fetcher(settings);
    return new ArxivApiClient(fetcher, server.url("/api/query"), pageSize, 2);
  }

  @AfterEach
  void closeFetcher() {
    if (fetcher != null) {
      fetcher.close();
    }
  }

  private static MockResponse page(String file) {
    return new MockResponse.Builder()
        .addHeader("Content-Type", "application/atom+xml")
        .body(new String(Fixtures.bytes("arxiv-api/" + file), StandardCharsets.UTF_8))
        .build();
  }

  @Test
  void pagesNewestFirstByCategoryAndStopsAtTheFirstSeenPaper() throws Exception {
    server.enqueue(page("q_testing_s0_m10_bc5a6c384fe9.xml"));
    server.enqueue(page("q_testing_s10_m10_34e56e15aaac.xml"));
    List<Paper> secondPage = new ArxivApiParser().parse(Fixtures.bytes("arxiv-api/q_testing_s10_m10_34e56e15aaac.xml")).papers();
    PaperId seen = secondPage.get(3).id();

    List<Paper> papers = client(TestSettings.loopback(), 10)
        .newest(ArxivQuery.categories(List.of("cs.LG", "stat.ML")), p -> p.id().equals(seen), 1000);

    assertThat(papers).hasSize(13);
    assertThat(papers.getFirst().id().value()).isEqualTo("2202.12139");
    RecordedRequest first = server.takeRequest();
    HttpUrl url = first.getUrl();
    assertThat(url.encodedPath()).isEqualTo("/api/query");
    assertThat(url.queryParameter("search_query")).isEqualTo("(cat:cs.LG OR cat:stat.ML)");
    assertThat(url.queryParameter("sortBy")).isEqualTo("submittedDate");
    assertThat(url.queryParameter("sortOrder")).isEqualTo("descending");
    assertThat(url.queryParameter("start")).isEqualTo("0");
    assertThat(url.queryParameter("max_results")).isEqualTo("10");
    assertThat(server.takeRequest().getUrl().queryParameter("start")).isEqualTo("10");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void keepsTheArxivIntervalBetweenRequests() throws Exception {
    TimedDispatcher dispatcher =
        new TimedDispatcher(
            request -> page("0".equals(request.getUrl().queryParameter("start"))
                ? "q_testing_s0_m10_bc5a6c384fe9.xml"
                : "q_testing_s10_m10_34e56e15aaac.xml"));
    server.setDispatcher(dispatcher);
    Duration interval = Duration.ofMillis(400);
    client(TimedDispatcher.pacedSettings(server.getHostName(), interval), 10).newest(ArxivQuery.categories(List.of("cs.LG")), p -> false, 20);
    assertThat(dispatcher.gaps()).singleElement().satisfies(gap -> assertThat(gap).isGreaterThanOrEqualTo(interval));
  }

  @Test
  void asksAgainForAnEmptyPageWhenTheTotalSaysMoreExist() throws Exception {
    String empty =
        new String(Fixtures.bytes("arxiv-api/id_0000.0000_s0_m100_8b51d9633a68.xml"), StandardCharsets.UTF_8)
            .replace("<opensearch:totalResults>0</opensearch:totalResults>", "<opensearch:totalResults>214881</opensearch:totalResults>");
    server.enqueue(new MockResponse.Builder().body(empty).build());
    server.enqueue(page("q_testing_s0_m10_bc5a6c384fe9.xml"));
    ArxivApiPage page = client(TestSettings.loopback(), 10).page(ArxivQuery.categories(List.of("cs.LG")), 0);
    assertThat(page.papers()).hasSize(10);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void givesUpOnAPageThatStaysEmpty() {
    String empty =
        new String(Fixtures.bytes("arxiv-api/id_0000.0000_s0_m100_8b51d9633a68.xml"), StandardCharsets.UTF_8)
            .replace("<opensearch:totalResults>0</opensearch:totalResults>", "<opensearch:totalResults>50</opensearch:totalResults>");
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().body(empty).build());
    }
    ArxivApiClient client = client(TestSettings.loopback(), 10);
    assertThatThrownBy(() -> client.page(ArxivQuery.categories(List.of("cs.LG")), 0))
        .isInstanceOf(ArxivApiException.class)
        .hasMessage("arXiv returned an empty page at 0 of 50 results, 3 times");
  }

  @Test
  void looksUpIdsAndReportsArxivsErrorMessage() throws Exception {
    server.enqueue(page("id_astro-ph_0601001_s0_m100_3150dca9dc76.xml"));
    server.enqueue(new MockResponse.Builder().code(400).body(new String(Fixtures.bytes("arxiv-api/id_abc_s0_m100_b79c8dcf6bc3.xml"), StandardCharsets.UTF_8)).build());
    ArxivApiClient client = client(TestSettings.loopback(), 100);
    assertThat(client.lookup(List.of(PaperId.of("astro-ph/0601001")))).extracting(p -> p.id().value()).containsExactly("astro-ph/0601001");
    HttpUrl lookup = server.takeRequest().getUrl();
    assertThat(lookup.queryParameter("id_list")).isEqualTo("astro-ph/0601001");
    assertThat(lookup.queryParameter("search_query")).isNull();
    assertThatThrownBy(() -> client.lookup(List.of(PaperId.of("2104.12255"))))
        .isInstanceOf(ArxivApiException.class)
        .hasMessage("arXiv API error: incorrect id format for abc");
  }

  @Test
  void reportsAnUnreachableApiWithItsOutcome() {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "3600").build());
    ArxivApiClient client = client(TestSettings.loopback(), 10);
    assertThatThrownBy(() -> client.page(ArxivQuery.categories(List.of("cs.LG")), 0))
        .isInstanceOfSatisfying(ArxivApiException.class, e -> assertThat(e.outcome()).isInstanceOf(FetchOutcome.RetryLater.class));
  }

  @Test
  void backfillHalvesAWindowWhoseTotalPassesTheCap() throws Exception {
    List<String> queries = new CopyOnWriteArrayList<>();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String q = request.getUrl().queryParameter("search_query");
            queries.add(q);
            boolean wholeMonth = q.contains("[202401010000 TO 202401312359]");
            String body = new String(Fixtures.bytes("arxiv-api/q_testing_s0_m10_bc5a6c384fe9.xml"), StandardCharsets.UTF_8)
                .replace("214881", wholeMonth ? "25" : "10");
            return new MockResponse.Builder().body(body).build();
          }
        });
    List<Paper> got = new ArrayList<>();
    List<String> windows = new ArrayList<>();
    long count = new ArxivBackfill(client(TestSettings.loopback(), 10), 20)
        .run(ArxivQuery.categories(List.of("cs.LG")), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31), Period.ofMonths(1),
            (from, to, papers) -> {
              windows.add(from + ".." + to);
              got.addAll(papers);
            });
    assertThat(count).isEqualTo(20);
    assertThat(got).hasSize(20);
    assertThat(windows).containsExactly("2024-01-16..2024-01-31", "2024-01-01..2024-01-15");
    assertThat(queries)
        .containsExactly(
            "cat:cs.LG AND submittedDate:[202401010000 TO 202401312359]",
            "cat:cs.LG AND submittedDate:[202401160000 TO 202401312359]",
            "cat:cs.LG AND submittedDate:[202401010000 TO 202401152359]");
  }

  @Test
  void backfillWindowsRunNewestFirstAndCoverTheRange() {
    assertThat(ArxivBackfill.windows(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 10), Period.ofDays(4)))
        .extracting(w -> w[0] + ".." + w[1])
        .containsExactly("2024-01-07..2024-01-10", "2024-01-03..2024-01-06", "2024-01-01..2024-01-02");
  }
}
