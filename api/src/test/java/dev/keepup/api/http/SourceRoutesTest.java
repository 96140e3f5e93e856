package dev.keepup.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keepup.api.Application;
import dev.keepup.api.Json;
import dev.keepup.api.TestSources;
import dev.keepup.api.config.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources and crawls over HTTP, with an API token, against a loopback "blog". */
class SourceRoutesTest {

  static final String TOKEN = "a-long-enough-test-token";

  @StartStop final MockWebServer blog = new MockWebServer();
  final OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60)).build();

  static String lilLog() throws IOException {
    try (InputStream in = SourceRoutesTest.class.getResourceAsStream("/feeds/lilianweng-index.xml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Application open(Path dir, Path sources) {
    return Application.open(new ConfigLoader().load(null, Map.of(
        "KEEPUP_HTTP_API_TOKEN", TOKEN, "KEEPUP_CRAWL_SOURCES", sources.toString())).withDataDir(dir.resolve("data")));
  }

  @Test
  void aCrawlStartsOnlyWithTheTokenAndItsOutcomeShowsInTheSourceList(@TempDir Path dir) throws Exception {
    blog.enqueue(new MockResponse.Builder().code(304).build()); // the arXiv listing: unchanged
    blog.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml").body(lilLog()).build());
    Path sources = TestSources.write(dir, blog.url("/").toString(), "lilianweng");

    try (Application app = open(dir, sources); HttpApi http = HttpApi.start(app, "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + http.port();
      int withoutToken = post(base + "/api/crawl", null, null).code();
      JsonNode started = post(base + "/api/crawl", TOKEN, null).body();
      app.crawlJobs().awaitIdle(Duration.ofSeconds(60));
      JsonNode status = get(base + "/api/crawl");
      JsonNode list = get(base + "/api/sources").get("sources");

      assertThat(withoutToken).isEqualTo(401);
      assertThat(started.get("running").asBoolean()).isTrue();
      assertThat(status.get("running").asBoolean()).isFalse();
      assertThat(status.get("last_report").get("posts").asInt()).isEqualTo(42);
      assertThat(list.findValuesAsText("id")).containsExactly("arxiv-listing", "lilianweng");
      assertThat(list.get(1).get("health").asText()).isEqualTo("ok");
      assertThat(list.get(1).get("state").get("items_seen").asInt()).isEqualTo(42);
    }
  }

  @Test
  void aSecondCrawlIsAConflictWhileTheFirstRuns(@TempDir Path dir) throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch listingAsked = new CountDownLatch(1);
    blog.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        listingAsked.countDown();
        release.await(60, TimeUnit.SECONDS); // the crawl hangs on the arXiv listing until the test lets it go
        return new MockResponse.Builder().code(304).build();
      }
    });
    Path sources = TestSources.write(dir, blog.url("/").toString());

    try (Application app = open(dir, sources); HttpApi http = HttpApi.start(app, "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + http.port();
      int first = post(base + "/api/crawl", TOKEN, null).code();
      listingAsked.await(30, TimeUnit.SECONDS);
      Answer second = post(base + "/api/crawl", TOKEN, null);
      JsonNode conflict = second.body();
      release.countDown();
      app.crawlJobs().awaitIdle(Duration.ofSeconds(60));
      int third = post(base + "/api/crawl", TOKEN, null).code();

      assertThat(first).isEqualTo(202);
      assertThat(second.code()).isEqualTo(409);
      assertThat(conflict.get("detail").asText()).startsWith("a crawl is running since");
      assertThat(third).isEqualTo(202);
      app.crawlJobs().awaitIdle(Duration.ofSeconds(60));
    }
  }

  @Test
  void aBlogAddedByItsHomePageIsFollowedCrawledAndRemoved(@TempDir Path dir) throws Exception {
    String feed = lilLog();
    blog.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return switch (request.getUrl().encodedPath()) {
          case "/home" -> new MockResponse.Builder().addHeader("Content-Type", "text/html")
              .body("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/lil/index.xml\"></head></html>").build();
          case "/lil/index.xml", "/lilianweng.xml" -> new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml").body(feed).build();
          default -> new MockResponse.Builder().code(304).build();
        };
      }
    });
    Path sources = TestSources.write(dir, blog.url("/").toString(), "lilianweng");

    try (Application app = open(dir, sources); HttpApi http = HttpApi.start(app, "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + http.port();
      String body = "{\"url\": \"" + blog.url("/home") + "\", \"name\": \"Lil again\"}";
      int withoutToken = post(base + "/api/sources", null, body).code();
      Answer added = post(base + "/api/sources", TOKEN, body);
      JsonNode blogAdded = added.body();
      String id = blogAdded.get("id").asText();
      Answer again = post(base + "/api/sources", TOKEN, "{\"url\": \"" + blog.url("/lil/index.xml") + "\"}");
      JsonNode listed = get(base + "/api/sources").get("sources");
      post(base + "/api/crawl", TOKEN, null);
      JsonNode report = Json.MAPPER.valueToTree(app.crawlJobs().awaitIdle(Duration.ofSeconds(60)).lastReport());
      int removed = delete(base + "/api/sources/" + id);
      int removedAgain = delete(base + "/api/sources/" + id);
      int configured = delete(base + "/api/sources/lilianweng");
      int listing = delete(base + "/api/sources/arxiv-listing");
      JsonNode after = get(base + "/api/sources").get("sources");

      assertThat(withoutToken).isEqualTo(401);
      assertThat(added.code()).isEqualTo(201);
      assertThat(blogAdded.get("feed").asText()).isEqualTo(blog.url("/lil/index.xml").toString());
      assertThat(blogAdded.get("name").asText()).isEqualTo("Lil again");
      assertThat(again.code()).isEqualTo(409);
      assertThat(listed.findValuesAsText("id")).containsExactly("arxiv-listing", "lilianweng", id);
      assertThat(listed.findValuesAsText("added")).containsExactly("false", "false", "true");
      assertThat(report.get("sources").findValuesAsText("source")).contains(id);
      assertThat(removed).isEqualTo(204);
      assertThat(removedAgain).isEqualTo(404);
      assertThat(configured).isEqualTo(409);
      assertThat(listing).isEqualTo(409);
      assertThat(after.findValuesAsText("id")).containsExactly("arxiv-listing", "lilianweng");
    }
  }

  @Test
  void anOldRssFeedThatNamesItsDtdIsFollowed(@TempDir Path dir) throws Exception {
    blog.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml").body("""
        <?xml version="1.0"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91"><channel><title>Old notes</title><link>https://blog.example/</link>
        <item><title>Backprop, slowly</title><link>https://blog.example/backprop</link></item></channel></rss>
        """).build());
    Path sources = TestSources.write(dir, blog.url("/").toString());
    try (Application app = open(dir, sources); HttpApi http = HttpApi.start(app, "127.0.0.1", 0)) {
      Answer added = post("http://127.0.0.1:" + http.port() + "/api/sources", TOKEN, "{\"url\": \"" + blog.url("/old.xml") + "\"}");

      assertThat(added.code()).isEqualTo(201);
      assertThat(added.body().get("feed").asText()).isEqualTo(blog.url("/old.xml").toString());
      assertThat(blog.getRequestCount()).isEqualTo(1); // the feed itself, nothing more
    }
  }

  @Test
  void aSourceWithoutAUsableUrlIsUnprocessable(@TempDir Path dir) throws Exception {
    Path sources = TestSources.write(dir, blog.url("/").toString());
    try (Application app = open(dir, sources); HttpApi http = HttpApi.start(app, "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + http.port();
      Answer noUrl = post(base + "/api/sources", TOKEN, "{\"name\": \"x\"}");
      Answer ftp = post(base + "/api/sources", TOKEN, "{\"url\": \"ftp://example.org/feed\"}");
      Answer notAUrl = post(base + "/api/sources", TOKEN, "{\"url\": \"not a url\"}");
      Answer text = answer(new Request.Builder().url(base + "/api/sources").header("Authorization", "Bearer " + TOKEN)
          .post(RequestBody.create("https://example.org/feed", MediaType.get("text/plain"))));

      assertThat(noUrl.code()).isEqualTo(422);
      assertThat(ftp.code()).isEqualTo(422);
      assertThat(ftp.body().get("detail").asText()).startsWith("give an http or https URL");
      assertThat(notAUrl.code()).isEqualTo(422);
      assertThat(text.code()).isEqualTo(415);
      assertThat(blog.getRequestCount()).isZero();
    }
  }

  /** A status and its JSON body; the response is closed (a leaked one may hand its connection on half-read). */
  record Answer(int code, JsonNode body) {}

  private Answer post(String url, String token, String json) throws IOException {
    RequestBody body = json == null ? RequestBody.create(new byte[0]) : RequestBody.create(json, MediaType.get("application/json"));
    Request.Builder request = new Request.Builder().url(url).post(body);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return answer(request);
  }

  private Answer answer(Request.Builder request) throws IOException {
    try (Response r = client.newCall(request.build()).execute()) {
      String text = r.body().string();
      return new Answer(r.code(), text.isEmpty() ? null : Json.MAPPER.readTree(text));
    }
  }

  private int delete(String url) throws IOException {
    return answer(new Request.Builder().url(url).delete().header("Authorization", "Bearer " + TOKEN)).code();
  }

  private JsonNode get(String url) throws IOException {
    return answer(new Request.Builder().url(url)).body();
  }
}
