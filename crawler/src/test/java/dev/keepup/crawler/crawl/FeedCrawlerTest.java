package dev.keepup.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.crawler.Fixtures;
import dev.keepup.crawler.fetch.FetchSettings;
import dev.keepup.crawler.fetch.Fetcher;
import dev.keepup.crawler.fetch.GzipBomb;
import dev.keepup.crawler.fetch.TestSettings;
import dev.keepup.crawler.source.BlogSource;
import dev.keepup.crawler.state.CrawlSchedule;
import dev.keepup.crawler.state.InMemoryCrawlStateStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A crawl over a real feed and every hostile server at once: each is cut off and the crawl goes on. */
class FeedCrawlerTest {

  private static final String LIL_LOG = new String(Fixtures.bytes("blog-feeds/lilianweng-index.xml"), StandardCharsets.UTF_8);
  private static final String XXE = """
      <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title><link>https://evil.example/1</link></item></channel></rss>""";

  @StartStop final MockWebServer server = new MockWebServer();
  private final FetchSettings settings = TestSettings.loopback()
      .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1))
      .withRetries(0, Duration.ofMillis(10), Duration.ofSeconds(1));
  private final Fetcher fetcher = new Fetcher(settings);
  private final InMemoryCrawlStateStore store = new InMemoryCrawlStateStore();
  private final CrawlSchedule schedule = new CrawlSchedule(Duration.ofHours(1), Duration.ofDays(1));
  private final Instant start = Instant.parse("2026-11-22T12:00:00Z");

  @AfterEach
  void close() {
    fetcher.close();
  }

  private BlogSource blog(String id) {
    return new BlogSource(id, id, server.url("/" + id).uri(), null);
  }

  private static MockResponse answer(RecordedRequest request) {
    return switch (request.getUrl().encodedPath()) {
      case "/lillog" -> "\"v1\"".equals(request.getHeaders().get("If-None-Match"))
          ? new MockResponse.Builder().code(304).build()
          : new MockResponse.Builder().addHeader("ETag", "\"v1\"").addHeader("Content-Type", "application/rss+xml").body(LIL_LOG).build();
      case "/bomb" -> new MockResponse.Builder().addHeader("Content-Encoding", "gzip").body(GzipBomb.ofZeros(1024)).build();
      case "/xxe" -> new MockResponse.Builder().body(XXE).build();
      case "/loop" -> new MockResponse.Builder().code(302).addHeader("Location", "/loop").build();
      case "/metadata" -> new MockResponse.Builder().code(302).addHeader("Location", "http://169.254.169.254/latest/meta-data/").build();
      case "/drip" -> new MockResponse.Builder().body(LIL_LOG).throttleBody(64, 100, TimeUnit.MILLISECONDS).build();
      case "/html" -> new MockResponse.Builder().addHeader("Content-Type", "text/html").body("<html><body>not a feed</body></html>").build();
      default -> new MockResponse.Builder().code(404).build();
    };
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void hostileSourcesAreCutOffAndTheCrawlGoesOn() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer(request);
      }
    });
    List<BlogSource> blogs = List.of(blog("bomb"), blog("xxe"), blog("loop"), blog("metadata"), blog("drip"), blog("html"), blog("gone"), blog("lillog"));

    List<SourceResult> first = new FeedCrawler(fetcher, store, schedule, Clock.fixed(start, ZoneOffset.UTC)).crawl(blogs, r -> { });

    Map<String, SourceResult> byId = first.stream().collect(Collectors.toMap(SourceResult::sourceId, r -> r));
    assertThat(byId.get("lillog").posts()).hasSize(42);
    assertThat(byId.get("lillog").failed()).isFalse();
    assertThat(byId.get("bomb").error()).startsWith("rejected: body larger than 20971520 bytes");
    assertThat(byId.get("loop").error()).startsWith("rejected: redirect loop");
    assertThat(byId.get("metadata").error()).contains("link-local address 169.254.169.254");
    assertThat(byId.get("drip").error()).startsWith("failed: timed out");
    assertThat(byId.get("html").error()).startsWith("not a feed");
    assertThat(byId.get("gone").error()).isEqualTo("gone (HTTP 404)");
    SourceResult xxe = byId.get("xxe");
    assertThat(xxe.illFormed()).isTrue();
    assertThat(xxe.posts()).allSatisfy(p -> assertThat(p.title() + p.text()).doesNotContain("root:"));
    assertThat(store.get("bomb").consecutiveFailures()).isEqualTo(1);
    assertThat(store.get("lillog").etag()).isEqualTo("\"v1\"");

    List<SourceResult> tooSoon = new FeedCrawler(fetcher, store, schedule, Clock.fixed(start.plusSeconds(60), ZoneOffset.UTC)).crawl(List.of(blog("lillog")), r -> { });
    assertThat(tooSoon).extracting(SourceResult::outcome).containsExactly("not due");

    List<SourceResult> later = new FeedCrawler(fetcher, store, schedule, Clock.fixed(start.plus(Duration.ofHours(2)), ZoneOffset.UTC)).crawl(List.of(blog("lillog")), r -> { });
    assertThat(later).extracting(SourceResult::outcome).containsExactly("not modified");
    assertThat(store.get("lillog").itemsSeen()).isEqualTo(42);
  }
}
