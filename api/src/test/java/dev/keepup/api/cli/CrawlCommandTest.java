package dev.keepup.api.cli;

import static dev.keepup.api.cli.KeepupCommandTest.keepup;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keepup.api.Application;
import dev.keepup.api.TestSources;
import dev.keepup.api.config.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keepup crawl} and {@code keepup sources} against a loopback server that serves a real
 * arXiv listing and a real blog feed (loopback is allowed only in this test's source list).
 */
class CrawlCommandTest {

  @StartStop final MockWebServer server = new MockWebServer();
  final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  private static String resource(String name) throws IOException {
    try (InputStream in = CrawlCommandTest.class.getResourceAsStream("/feeds/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void crawlIngestsTheListingAndThePostsAndASecondCrawlWaitsItsTurn(@TempDir Path dir) throws Exception {
    String listing = resource("laya-reader_arxiv_rss.xml");
    String lilLog = resource("lilianweng-index.xml");
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        return switch (request.getUrl().encodedPath()) {
          case "/rss/cs.LG+cs.AI" -> new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml").body(listing).build();
          case "/lilianweng.xml" -> new MockResponse.Builder().addHeader("ETag", "\"v1\"").addHeader("Content-Type", "application/rss+xml").body(lilLog).build();
          default -> new MockResponse.Builder().code(500).body("boom").build();
        };
      }
    });
    String data = dir.resolve("data").toString();
    String sources = TestSources.write(dir, server.url("/").toString(), "lilianweng", "broken").toString();

    KeepupCommandTest.Run first = keepup("crawl", "--data-dir", data, "--sources", sources, "--json");
    KeepupCommandTest.Run second = keepup("crawl", "--data-dir", data, "--sources", sources, "--json");
    KeepupCommandTest.Run health = keepup("sources", "--data-dir", data, "--sources", sources, "--json");
    KeepupCommandTest.Run search = keepup("search", "--data-dir", data, "--json", "--limit", "50", "attention");

    assertThat(first.exit()).as(first.err()).isZero();
    JsonNode report = first.lastLineJson();
    assertThat(report.get("new_papers").asInt()).isEqualTo(4);
    assertThat(report.get("posts").asInt()).isEqualTo(42);
    assertThat(report.get("failed").asInt()).isEqualTo(1);
    assertThat(requests).extracting(r -> r.getHeaders().get("User-Agent")).containsOnly("Keepup-test/0.1 (mailto:test@example.org)");
    assertThat(second.lastLineJson().get("sources").findValuesAsText("outcome")).containsOnly("not due");
    JsonNode byId = health.lastLineJson().get("sources");
    assertThat(byId.get(1).get("id").asText()).isEqualTo("lilianweng");
    assertThat(byId.get(1).get("health").asText()).isEqualTo("ok");
    assertThat(byId.get(1).get("state").get("etag").asText()).isEqualTo("\"v1\"");
    assertThat(byId.get(2).get("health").asText()).startsWith("failing");
    assertThat(search.lastLineJson().get("hits").findValuesAsText("id")).anyMatch(id -> id.startsWith("https://lilianweng.github.io/"));
  }

  /**
   * The graph is the system of record for posts too: a reindex puts back every crawled post with
   * the text it was first indexed with, and a post stored before Keepup kept the text with its title;
   * a lost index of posts only is rebuilt at start-up.
   */
  @Test
  void aPostWhoseFeedGivesNoDateIsKeptNotFatal(@TempDir Path dir) throws Exception {
    String feed = """
        <rss version="2.0"><channel><title>Undated</title><link>https://blog.example.org/</link>
        <item><title>Quaternion embeddings without a date</title><link>https://blog.example.org/undated</link>
          <description>Quaternion embeddings explained.</description></item>
        <item><title>Dated post</title><link>https://blog.example.org/dated</link>
          <pubDate>Mon, 02 Nov 2026 10:00:00 GMT</pubDate><description>Dated.</description></item>
        </channel></rss>""";
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return request.getUrl().encodedPath().equals("/undated.xml")
            ? new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml").body(feed).build()
            : new MockResponse.Builder().code(404).build();
      }
    });
    String data = dir.resolve("data").toString();
    String sources = TestSources.write(dir, server.url("/").toString(), "undated").toString();

    KeepupCommandTest.Run crawl = keepup("crawl", "--data-dir", data, "--sources", sources, "--source", "undated", "--json");
    KeepupCommandTest.Run search = keepup("search", "--data-dir", data, "--json", "quaternion");

    assertThat(crawl.exit()).as(crawl.err()).isZero();
    assertThat(crawl.lastLineJson().get("posts").asInt()).isEqualTo(2);
    assertThat(search.lastLineJson().get("hits").findValuesAsText("id")).containsExactly("https://blog.example.org/undated");
  }

  @Test
  void reindexKeepsCrawledPostsSearchableByTheirTextAndOldPostsByTheirTitle(@TempDir Path dir) throws Exception {
    String lilLog = resource("lilianweng-index.xml");
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return request.getUrl().encodedPath().equals("/lilianweng.xml")
            ? new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml").body(lilLog).build()
            : new MockResponse.Builder().code(404).build();
      }
    });
    String data = dir.resolve("data").toString();
    String sources = TestSources.write(dir, server.url("/").toString(), "lilianweng").toString();
    String ntk = "https://lilianweng.github.io/posts/2022-09-08-ntk/";

    KeepupCommandTest.Run crawl = keepup("crawl", "--data-dir", data, "--sources", sources, "--source", "lilianweng", "--json");
    KeepupCommandTest.Run beforeReindex = keepup("search", "--data-dir", data, "--json", "Jacot");
    KeepupCommandTest.Run reindex = keepup("reindex", "--data-dir", data, "--json");
    KeepupCommandTest.Run afterReindex = keepup("search", "--data-dir", data, "--json", "Jacot");
    KeepupCommandTest.Run check = keepup("check", "--data-dir", data, "--json");
    try (Application app = Application.open(new ConfigLoader().load(null, Map.of()).withDataDir(Path.of(data)));
        var session = app.driver().session()) {
      session.run("MATCH (p:Post {url: $url}) REMOVE p.text", Map.of("url", ntk)).consume(); // as an older Keepup stored it
    }
    KeepupCommandTest.Run oldReindex = keepup("reindex", "--data-dir", data, "--json");
    KeepupCommandTest.Run byText = keepup("search", "--data-dir", data, "--json", "Jacot");
    KeepupCommandTest.Run byTitle = keepup("search", "--data-dir", data, "--json", "--limit", "50", "\"neural tangent kernel\"");
    org.assertj.core.util.Files.delete(dir.resolve("data/index").toFile());
    KeepupCommandTest.Run afterLoss = keepup("search", "--data-dir", data, "--json", "--limit", "50", "\"neural tangent kernel\"");

    assertThat(crawl.lastLineJson().get("posts").asInt()).isEqualTo(42);
    assertThat(beforeReindex.lastLineJson().get("hits").findValuesAsText("id")).containsExactly(ntk);
    assertThat(reindex.exit()).as(reindex.err()).isZero();
    assertThat(reindex.out()).startsWith("Reindexed 0 papers (0 tagged again) and 42 posts in ");
    assertThat(reindex.lastLineJson().get("posts").asInt()).isEqualTo(42);
    assertThat(afterReindex.lastLineJson().get("hits").findValuesAsText("id")).containsExactly(ntk);
    assertThat(check.exit()).as(check.out()).isZero();
    assertThat(oldReindex.lastLineJson().get("posts").asInt()).isEqualTo(42);
    assertThat(byText.lastLineJson().get("hits").findValuesAsText("id")).isEmpty();
    assertThat(byTitle.lastLineJson().get("hits").findValuesAsText("id")).contains(ntk);
    assertThat(afterLoss.lastLineJson().get("hits").findValuesAsText("id")).as("a lost index of posts only is rebuilt at start-up")
        .contains(ntk);
  }

  @Test
  void sinceBackfillsTheApiInDateWindowsHalvedUnderTheResultCap(@TempDir Path dir) throws Exception {
    String page;
    try (InputStream in = CrawlCommandTest.class.getResourceAsStream("/arxiv-crawl/q_testing_s0_m100_cfe7536492ca.xml")) {
      page = new String(in.readAllBytes(), StandardCharsets.UTF_8); // 100 papers of 214,881 results
    }
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        return request.getUrl().encodedPath().equals("/api/query")
            ? new MockResponse.Builder().addHeader("Content-Type", "application/atom+xml").body(page).build()
            : new MockResponse.Builder().code(404).build();
      }
    });
    String data = dir.resolve("data").toString();
    String sources = TestSources.write(dir, server.url("/").toString(), "{ listing: true, api: true, oai: false }", 100).toString();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String yesterday = today.minusDays(1).format(DateTimeFormatter.BASIC_ISO_DATE);
    String todayText = today.format(DateTimeFormatter.BASIC_ISO_DATE);

    KeepupCommandTest.Run future = keepup("crawl", "--data-dir", data, "--sources", sources, "--since", today.plusDays(1).toString());
    KeepupCommandTest.Run notBackfilled = keepup("crawl", "--data-dir", data, "--sources", sources, "--source", "arxiv-listing", "--since", "2026-01-01");
    KeepupCommandTest.Run backfill = keepup("crawl", "--data-dir", data, "--sources", sources, "--source", "arxiv-api",
        "--since", today.minusDays(1).toString(), "--json");

    assertThat(future.exit()).isEqualTo(2);
    assertThat(future.err()).startsWith("keepup: --since " + today.plusDays(1) + " is in the future");
    assertThat(notBackfilled.exit()).isEqualTo(2);
    assertThat(notBackfilled.err()).startsWith("keepup: --since backfills arxiv-api or arxiv-oai, and arxiv-listing is neither");
    assertThat(backfill.exit()).as(backfill.err()).isZero();
    assertThat(requests).extracting(r -> r.getUrl().queryParameter("search_query")).containsExactly(
        "(cat:cs.LG OR cat:cs.AI) AND submittedDate:[" + yesterday + "0000 TO " + todayText + "2359]", // above the cap: halved
        "(cat:cs.LG OR cat:cs.AI) AND submittedDate:[" + todayText + "0000 TO " + todayText + "2359]",
        "(cat:cs.LG OR cat:cs.AI) AND submittedDate:[" + yesterday + "0000 TO " + yesterday + "2359]");
    assertThat(backfill.out()).contains("Crawled 1 sources: 100 new papers, 0 updated, 100 unchanged, 0 posts, 0 sources failed.");
    JsonNode line = backfill.lastLineJson().get("sources").get(0);
    assertThat(line.get("source").asText()).isEqualTo("arxiv-api");
    assertThat(line.get("items").asInt()).isEqualTo(200);
  }

  @Test
  void sourcesAddFindsTheFeedAPageAnnouncesAndImportExportSpeakOpml(@TempDir Path dir) throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return switch (request.getUrl().encodedPath()) {
          case "/blog/" -> new MockResponse.Builder().addHeader("Content-Type", "text/html")
              .body("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/blog/feed.xml\"></head><body>Hi</body></html>").build();
          case "/blog/feed.xml" -> new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml")
              .body("<rss version=\"2.0\"><channel><title>A blog</title><link>http://example.org/</link></channel></rss>").build();
          default -> new MockResponse.Builder().code(404).build();
        };
      }
    });
    String data = dir.resolve("data").toString();
    String sources = TestSources.write(dir, server.url("/").toString()).toString();
    Path opml = dir.resolve("feeds.opml");
    java.nio.file.Files.writeString(opml, """
        <?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>
        <outline type="rss" text="Distill" xmlUrl="https://distill.pub/rss.xml" htmlUrl="https://distill.pub/"/>
        </body></opml>""");

    KeepupCommandTest.Run add = keepup("sources", "add", "--data-dir", data, "--sources", sources, server.url("/blog/").toString());
    KeepupCommandTest.Run notAFeed = keepup("sources", "add", "--data-dir", data, "--sources", sources, server.url("/nothing").toString());
    KeepupCommandTest.Run imported = keepup("sources", "import", "--data-dir", data, opml.toString());
    KeepupCommandTest.Run list = keepup("sources", "--data-dir", data, "--sources", sources, "--json");
    KeepupCommandTest.Run exported = keepup("sources", "export", "--data-dir", data, "--sources", sources);

    assertThat(add.exit()).as(add.err()).isZero();
    assertThat(add.out()).contains(server.url("/blog/feed.xml").toString());
    assertThat(notAFeed.exit()).isEqualTo(1);
    assertThat(notAFeed.err()).startsWith("keepup: no feed at");
    assertThat(imported.out()).startsWith("Added 1 blogs");
    assertThat(list.lastLineJson().get("sources").findValuesAsText("url"))
        .contains(server.url("/blog/feed.xml").toString(), "https://distill.pub/rss.xml");
    assertThat(exported.out()).contains("xmlUrl=\"" + server.url("/blog/feed.xml") + "\"").contains("https://distill.pub/rss.xml");
  }
}
