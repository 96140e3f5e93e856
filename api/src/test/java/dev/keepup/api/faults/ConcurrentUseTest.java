package dev.keepup.api.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.api.Application;
import dev.keepup.api.TestSources;
import dev.keepup.api.config.ConfigLoader;
import dev.keepup.api.crawl.CrawlReport;
import dev.keepup.api.crawl.CrawlRequest;
import dev.keepup.api.http.HttpApi;
import dev.keepup.api.ingest.SampleData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 16 clients search and browse over HTTP while a crawl ingests a real arXiv listing and eight blogs
 * (real feeds from a loopback server): every answer is a 2xx, and the latency is printed. Each
 * client keeps going until the crawl has finished, so the two overlap by construction.
 */
@Tag("faults")
class ConcurrentUseTest {

  private static final int CLIENTS = 16;
  private static final int MIN_REQUESTS_PER_CLIENT = 20;
  private static final int BLOGS = 8;
  private static final List<String> BROWSING = List.of(
      "/api/health",
      "/api/search?q=testing&facets=categories,years,topics&limit=10",
      "/api/search?q=neural+networks&sort=newest&limit=20",
      "/api/search?q=title:learning&sort=fresh",
      "/api/search?q=attention",
      "/api/suggest?q=test&type=topic",
      "/api/papers/1605.08386",
      "/api/papers/2202.12139/similar?limit=5",
      "/api/researchers?q=capr",
      "/api/researchers/Caprice%20Stanley",
      "/api/topics?days=36500",
      "/api/graph?center=researcher:Caprice%20Stanley&depth=1",
      "/api/sources",
      "/api/crawl");

  @StartStop final MockWebServer feeds = new MockWebServer();

  private static String resource(String name) throws IOException {
    try (InputStream in = ConcurrentUseTest.class.getResourceAsStream("/feeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** One answered request: how long it took, and whether it failed (status or exception). */
  private record Timed(String path, long nanos, String failure) {}

  @Test
  void sixteenClientsBrowseWithoutErrorsWhileACrawlIngests(@TempDir Path dir) throws Exception {
    String listing = resource("laya-reader_arxiv_rss.xml");
    String blog = resource("lilianweng-index.xml");
    feeds.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.startsWith("/rss/")) {
          return new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml").body(listing).build();
        }
        if (path.matches("/blog\\d\\.xml")) { // each blog its own copy of Lil'Log's posts, under its own host name
          String host = path.substring(1, path.length() - ".xml".length()) + ".example.org";
          return new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml")
              .body(blog.replace("lilianweng.github.io", host)).build();
        }
        return new MockResponse.Builder().code(404).build();
      }
    });
    String[] blogIds = new String[BLOGS];
    for (int i = 0; i < BLOGS; i++) {
      blogIds[i] = "blog" + i;
    }
    Path sources = TestSources.write(dir, feeds.url("/").toString(), blogIds);
    // The 16 clients share one address: the per-client rate limit (against abuse) is off here.
    Map<String, String> env = Map.of("KEEPUP_CRAWL_SOURCES", sources.toString(), "KEEPUP_HTTP_RATE_LIMIT_PER_MINUTE", "0");
    // generous: the test asserts correct answers under contention; it reports speed, it does not time it
    OkHttpClient client = new OkHttpClient.Builder().readTimeout(2, TimeUnit.MINUTES).callTimeout(3, TimeUnit.MINUTES).build();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS, Thread.ofPlatform().name("browser-", 0).factory());
    try (Application app = Application.open(new ConfigLoader().load(null, env).withDataDir(dir.resolve("data")))) {
      app.ingest().ingest(SampleData.papers().papers());
      long papersBefore = app.graph().counts().papers();
      HttpApi http = HttpApi.start(app, "127.0.0.1", 0);
      try {
        CompletableFuture<CrawlReport> crawl = CompletableFuture.supplyAsync(() -> {
          try {
            return app.crawl(app.sources()).run(CrawlRequest.ALL, line -> {});
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
        });
        ConcurrentLinkedQueue<Timed> answered = new ConcurrentLinkedQueue<>();
        AtomicInteger duringCrawl = new AtomicInteger();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
          int first = c;
          clients.add(pool.submit(() -> {
            for (int i = 0; i < MIN_REQUESTS_PER_CLIENT || !crawl.isDone(); i++) {
              boolean crawling = !crawl.isDone();
              answered.add(get(client, http.port(), BROWSING.get((first + i) % BROWSING.size())));
              if (crawling) {
                duringCrawl.incrementAndGet();
              }
            }
          }));
        }
        for (Future<?> f : clients) {
          f.get(15, TimeUnit.MINUTES);
        }
        CrawlReport report = crawl.get();
        List<Timed> all = new ArrayList<>(answered);
        List<Long> millis = new ArrayList<>(all.stream().map(t -> t.nanos() / 1_000_000).toList());
        Collections.sort(millis);
        System.out.printf("ConcurrentUseTest: %d clients, %d requests (%d while crawling), p50 %d ms, p95 %d ms, max %d ms;"
                + " crawl: %d new papers, %d posts%n", CLIENTS, all.size(), duringCrawl.get(), percentile(millis, 50),
            percentile(millis, 95), millis.getLast(), report.newPapers(), report.posts());

        all.stream().collect(java.util.stream.Collectors.groupingBy(Timed::path)).forEach((path, timed) -> {
          List<Long> ms = timed.stream().map(t -> t.nanos() / 1_000_000).sorted().toList();
          System.out.printf("  %-60s p50 %5d ms  p95 %5d ms  (%d)%n", path, percentile(ms, 50), percentile(ms, 95), ms.size());
        });

        assertThat(all.stream().filter(t -> t.failure() != null).map(t -> t.path() + ": " + t.failure()).toList()).isEmpty();
        assertThat(duringCrawl.get()).as("requests answered while the crawl ingested").isGreaterThanOrEqualTo(CLIENTS);
        assertThat(report.failed()).isZero();
        assertThat(report.posts()).isEqualTo(BLOGS * 42);
        assertThat(app.graph().counts().papers()).isEqualTo(papersBefore + report.newPapers());
        assertThat(app.index().count()).isEqualTo(app.graph().counts().papers() + BLOGS * 42L);
      } finally {
        http.close();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Timed get(OkHttpClient client, int port, String path) {
    long start = System.nanoTime();
    try (Response r = client.newCall(new Request.Builder().url("http://127.0.0.1:" + port + path).build()).execute()) {
      r.body().string();
      return new Timed(path, System.nanoTime() - start, r.isSuccessful() ? null : "HTTP " + r.code());
    } catch (IOException | RuntimeException e) {
      return new Timed(path, System.nanoTime() - start, e.toString());
    }
  }

  private static long percentile(List<Long> sorted, int p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
  }
}
