package dev.keepup.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile servers: each is refused or cut off with a clear outcome, in bounded time and memory. */
class NetworkAttackTest {

  @StartStop final MockWebServer server = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  private FetchOutcome fetch(FetchSettings settings, URI url) throws InterruptedException {
    try (Fetcher fetcher = new Fetcher(settings, sleeper, new SplittableRandom(1))) {
      return fetcher.fetch(FetchRequest.of(url));
    }
  }

  @Test
  void aRedirectLoopIsRejected() throws Exception {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/b").build());
      server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "/a").build());
    }
    FetchOutcome outcome = fetch(TestSettings.loopback(), server.url("/a").uri());
    assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Rejected.class, r -> assertThat(r.reason()).startsWith("redirect loop"));
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void tooManyRedirectsAreRejected() throws Exception {
    for (int i = 0; i < 10; i++) {
      server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "/hop" + (i + 1)).build());
    }
    FetchOutcome outcome = fetch(TestSettings.loopback().withLimits(20L << 20, 3), server.url("/hop0").uri());
    assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Rejected.class, r -> assertThat(r.reason()).isEqualTo("more than 3 redirects"));
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aRedirectToTheCloudMetadataAddressIsRejected() throws Exception {
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "http://169.254.169.254/latest/meta-data/").build());
    FetchOutcome outcome = fetch(TestSettings.loopback(), server.url("/feed").uri());
    assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Rejected.class,
        r -> assertThat(r.reason()).isEqualTo("refused: 169.254.169.254 is a link-local address 169.254.169.254"));
  }

  @Test
  void aRedirectToLoopbackIsRejectedWhenOnlyTheServersOwnAddressIsAllowed() throws Exception {
    try (MockWebServer other = new MockWebServer()) {
      other.start(InetAddress.getByName("127.0.0.2"), 0);
      other.enqueue(new MockResponse.Builder().code(302).addHeader("Location", "http://127.0.0.1:" + server.getPort() + "/admin").build());
      FetchSettings settings = TestSettings.loopback().withAddresses(false, Set.of("127.0.0.2"));
      FetchOutcome outcome = fetch(settings, URI.create("http://127.0.0.2:" + other.getPort() + "/feed"));
      assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Rejected.class,
          r -> assertThat(r.reason()).contains("loopback address 127.0.0.1"));
      assertThat(other.getRequestCount()).isEqualTo(1);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void loopbackIsRefusedByDefault() throws Exception {
    FetchSettings settings = TestSettings.loopback().withAddresses(false, Set.of());
    assertThat(fetch(settings, server.url("/").uri())).isInstanceOf(FetchOutcome.Rejected.class);
    assertThat(fetch(settings, URI.create("http://localhost:" + server.getPort() + "/"))).isInstanceOf(FetchOutcome.Rejected.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void onlyHttpAndHttpsAreFetched() throws Exception {
    assertThat(fetch(TestSettings.loopback(), URI.create("file:///etc/passwd")))
        .isInstanceOfSatisfying(FetchOutcome.Rejected.class, r -> assertThat(r.reason()).startsWith("only http and https"));
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aGzipBombIsCutOffAtTheBodyCap() throws Exception {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Encoding", "gzip").body(GzipBomb.ofZeros(1024)).build());
    FetchOutcome outcome = fetch(TestSettings.loopback(), server.url("/bomb").uri());
    assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Rejected.class,
        r -> assertThat(r.reason()).startsWith("body larger than 20971520 bytes"));
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aSlowDripIsCutOffByTheCallTimeout() throws Exception {
    server.enqueue(new MockResponse.Builder().body("x".repeat(10_000)).throttleBody(1, 100, TimeUnit.MILLISECONDS).build());
    FetchSettings settings = TestSettings.loopback().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
    long start = System.nanoTime();
    FetchOutcome outcome = fetch(settings, server.url("/drip").uri());
    assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> assertThat(f.reason()).startsWith("timed out"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }
}
