package dev.keepup.crawler.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.crawler.Fixtures;
import dev.keepup.crawler.fetch.FetchOutcome;
import dev.keepup.crawler.fetch.Fetcher;
import dev.keepup.crawler.fetch.TestSettings;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedDiscoveryTest {

  @StartStop final MockWebServer server = new MockWebServer();
  private final Fetcher fetcher = new Fetcher(TestSettings.loopback());

  @AfterEach
  void close() {
    fetcher.close();
  }

  @Test
  void findsTheFeedsAHomePageAnnounces() throws Exception {
    server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html").body("""
        <!doctype html><html><head><title>Lil'Log</title>
        <link rel="stylesheet" href="/style.css">
        <link rel="alternate" type="application/rss+xml" href="/index.xml" title="RSS">
        <link rel="alternate" type="application/atom+xml" href="https://other.example/atom.xml">
        <link rel="alternate" hreflang="fr" href="/fr/">
        </head><body>posts</body></html>""").build());
    FeedDiscovery.Found found = new FeedDiscovery(fetcher).discover(server.url("/").uri());
    assertThat(found.feeds()).containsExactly(server.url("/index.xml").uri(), URI.create("https://other.example/atom.xml"));
  }

  @Test
  void aUrlThatIsAFeedIsItsOwnFeed() throws Exception {
    server.enqueue(new MockResponse.Builder().body(new String(Fixtures.bytes("blog-feeds/lilianweng-index.xml"), StandardCharsets.UTF_8)).build());
    FeedDiscovery.Found found = new FeedDiscovery(fetcher).discover(server.url("/index.xml").uri());
    assertThat(found.feeds()).containsExactly(server.url("/index.xml").uri());
    assertThat(found.problems()).isEmpty();
  }

  @Test
  void aFeedThatDeclaresEntitiesIsFoundWithTheRefusedDoctypeAsAProblem() throws Exception {
    server.enqueue(new MockResponse.Builder().body("""
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>&xxe;</title><link>https://a.example/</link></channel></rss>
        """).build());
    FeedDiscovery.Found found = new FeedDiscovery(fetcher).discover(server.url("/feed.xml").uri());
    assertThat(found.feeds()).containsExactly(server.url("/feed.xml").uri());
    assertThat(found.problems()).anySatisfy(p -> assertThat(p).contains("DOCTYPE"));
  }

  @Test
  void aPageThatCannotBeFetchedFindsNothingAndSaysWhy() throws Exception {
    server.enqueue(new MockResponse.Builder().code(404).build());
    FeedDiscovery.Found found = new FeedDiscovery(fetcher).discover(server.url("/").uri());
    assertThat(found.feeds()).isEmpty();
    assertThat(found.outcome()).isInstanceOf(FetchOutcome.Gone.class);
  }

  @Test
  void aPageWithoutFeedLinksFindsNothing() {
    assertThat(FeedDiscovery.announcedFeeds("<html><head></head></html>".getBytes(StandardCharsets.UTF_8), URI.create("https://a.example/")))
        .isEqualTo(List.of());
  }
}
