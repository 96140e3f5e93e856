package dev.keepup.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class FetcherTest {

  @StartStop final MockWebServer server = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  private Fetcher fetcher(FetchSettings settings) {
    return new Fetcher(settings, sleeper, new SplittableRandom(42));
  }

  private URI url(String path) {
    return server.url(path).uri();
  }

  @Test
  void returnsTheBodyAndValidatorsOfA200() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .body("<feed/>")
            .addHeader("ETag", "\"abc\"")
            .addHeader("Last-Modified", "Sun, 22 Nov 2026 10:00:00 GMT")
            .addHeader("Content-Type", "application/atom+xml")
            .build());
    try (Fetcher fetcher = fetcher(TestSettings.loopback())) {
      FetchOutcome outcome = fetcher.fetch(FetchRequest.of(url("/feed")));
      assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> {
        assertThat(new String(f.body())).isEqualTo("<feed/>");
        assertThat(f.etag()).isEqualTo("\"abc\"");
        assertThat(f.lastModified()).isEqualTo("Sun, 22 Nov 2026 10:00:00 GMT");
        assertThat(f.contentType()).isEqualTo("application/atom+xml");
      });
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("User-Agent")).isEqualTo("Keepup/test (mailto:test@keepup.dev)");
    assertThat(request.getHeaders().get("If-None-Match")).isNull();
  }

  @Test
  void sendsStoredValidatorsAndReportsNotModified() throws Exception {
    server.enqueue(new MockResponse.Builder().code(304).build());
    try (Fetcher fetcher = fetcher(TestSettings.loopback())) {
      FetchOutcome outcome =
          fetcher.fetch(FetchRequest.of(url("/feed")).conditional("\"abc\"", "Sun, 22 Nov 2026 10:00:00 GMT"));
      assertThat(outcome).isInstanceOf(FetchOutcome.NotModified.class);
      assertThat(outcome.label()).isEqualTo("not modified");
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("If-None-Match")).isEqualTo("\"abc\"");
    assertThat(request.getHeaders().get("If-Modified-Since")).isEqualTo("Sun, 22 Nov 2026 10:00:00 GMT");
  }

  @Test
  void reportsNotFoundAndGoneAsGone() throws Exception {
    server.enqueue(new MockResponse.Builder().code(404).build());
    server.enqueue(new MockResponse.Builder().code(410).build());
    try (Fetcher fetcher = fetcher(TestSettings.loopback())) {
      assertThat(fetcher.fetch(FetchRequest.of(url("/a")))).isEqualTo(new FetchOutcome.Gone(url("/a"), 404));
      assertThat(fetcher.fetch(FetchRequest.of(url("/b")))).isEqualTo(new FetchOutcome.Gone(url("/b"), 410));
    }
  }

  @Test
  void keepsTheBodyOfAClientErrorForTheCaller() throws Exception {
    server.enqueue(new MockResponse.Builder().code(400).body("<feed>error</feed>").build());
    try (Fetcher fetcher = fetcher(TestSettings.loopback())) {
      assertThat(fetcher.fetch(FetchRequest.of(url("/q"))))
          .isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.status()).isEqualTo(400);
            assertThat(new String(f.body())).isEqualTo("<feed>error</feed>");
          });
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void retriesA503AfterTheSecondsRetryAfterAsks() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "10").build());
    server.enqueue(new MockResponse.Builder().body("ok").build());
    try (Fetcher fetcher = fetcher(TestSettings.loopback())) {
      assertThat(fetcher.fetch(FetchRequest.of(url("/oai")))).isInstanceOf(FetchOutcome.Fetched.class);
    }
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(10));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void honoursRetryAfterGivenAsAnHttpDate() throws Exception {
    String inAMinute =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(60));
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", inAMinute).build());
    server.enqueue(new MockResponse.Builder().body("ok").build());
    try (Fetcher fetcher = fetcher(TestSettings.loopback())) {
      assertThat(fetcher.fetch(FetchRequest.of(url("/")))).isInstanceOf(FetchOutcome.Fetched.class);
    }
    assertThat(sleeper.sleeps()).singleElement().satisfies(d -> assertThat(d).isBetween(Duration.ofSeconds(55), Duration.ofSeconds(60)));
  }

  @Test
  void backsOffExponentiallyThenAsksToRetryLater() throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueue(new MockResponse.Builder().code(500).build());
    }
    try (Fetcher fetcher = fetcher(TestSettings.loopback().withRetries(3, Duration.ofSeconds(1), Duration.ofSeconds(60)))) {
      FetchOutcome outcome = fetcher.fetch(FetchRequest.of(url("/")));
      assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.RetryLater.class, r -> assertThat(r.reason()).isEqualTo("HTTP 500"));
    }
    assertThat(server.getRequestCount()).isEqualTo(4);
    List<Duration> sleeps = sleeper.sleeps();
    assertThat(sleeps).hasSize(3);
    assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1500));
    assertThat(sleeps.get(1)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(3000));
    assertThat(sleeps.get(2)).isBetween(Duration.ofMillis(2000), Duration.ofMillis(6000));
  }

  @Test
  void aRetryAfterBeyondTheMaximumEndsAsRetryLaterWithoutWaiting() throws Exception {
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "3600").build());
    try (Fetcher fetcher = fetcher(TestSettings.loopback())) {
      assertThat(fetcher.fetch(FetchRequest.of(url("/"))))
          .isEqualTo(new FetchOutcome.RetryLater(url("/"), Duration.ofHours(1), "HTTP 503"));
    }
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void followsRedirectsAndReportsTheFinalUrl() throws Exception {
    server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "/moved").build());
    server.enqueue(new MockResponse.Builder().body("here").build());
    try (Fetcher fetcher = fetcher(TestSettings.loopback())) {
      assertThat(fetcher.fetch(FetchRequest.of(url("/old"))))
          .isInstanceOfSatisfying(FetchOutcome.Fetched.class, f -> assertThat(f.finalUrl()).isEqualTo(url("/moved")));
    }
  }

  @Test
  void spacesRequestsToOneHostByItsInterval() throws Exception {
    TimedDispatcher dispatcher = new TimedDispatcher(request -> new MockResponse.Builder().body("ok").build());
    server.setDispatcher(dispatcher);
    Duration interval = Duration.ofMillis(300);
    try (Fetcher fetcher = new Fetcher(TimedDispatcher.pacedSettings(server.getHostName(), interval))) {
      for (int i = 0; i < 3; i++) {
        assertThat(fetcher.fetch(FetchRequest.of(url("/api/query?start=" + i)))).isInstanceOf(FetchOutcome.Fetched.class);
      }
    }
    assertThat(dispatcher.gaps()).hasSize(2).allSatisfy(gap -> assertThat(gap).isGreaterThanOrEqualTo(interval));
  }

  @Test
  void twoThreadsAskingOneHostAreServedOneAfterTheOther() throws Exception {
    TimedDispatcher dispatcher = new TimedDispatcher(request -> new MockResponse.Builder().body("ok").build());
    server.setDispatcher(dispatcher);
    Duration interval = Duration.ofMillis(300);
    try (Fetcher fetcher = new Fetcher(TimedDispatcher.pacedSettings(server.getHostName(), interval));
        var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
      var first = threads.submit(() -> fetcher.fetch(FetchRequest.of(url("/a"))));
      var second = threads.submit(() -> fetcher.fetch(FetchRequest.of(url("/b"))));
      assertThat(first.get()).isInstanceOf(FetchOutcome.Fetched.class);
      assertThat(second.get()).isInstanceOf(FetchOutcome.Fetched.class);
    }
    assertThat(dispatcher.gaps()).singleElement().satisfies(gap -> assertThat(gap).isGreaterThanOrEqualTo(interval));
  }

  @Test
  void arxivIsPacedAtThreeSecondsByDefault() {
    FetchSettings defaults = FetchSettings.defaults("Keepup/1 (mailto:a@b.c)");
    assertThat(defaults.intervalFor("export.arxiv.org")).isEqualTo(Duration.ofSeconds(3));
    assertThat(defaults.intervalFor("rss.arxiv.org")).isEqualTo(Duration.ofSeconds(3));
    assertThat(defaults.intervalFor("notarxiv.org")).isEqualTo(Duration.ofSeconds(1));
  }
}
