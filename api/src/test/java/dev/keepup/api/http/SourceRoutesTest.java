package dev.keepup.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keepup.api.Application;
import dev.keepup.api.Json;
import dev.keepup.api.TestSources;
import dev.keepup.api.config.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources and crawls over HTTP, with an API token, against a loopback "blog". */
class SourceRoutesTest {

  @StartStop final MockWebServer blog = new MockWebServer();
  final OkHttpClient client = new OkHttpClient();

  @Test
  void aCrawlStartsOnlyWithTheTokenAndItsOutcomeShowsInTheSourceList(@TempDir Path dir) throws Exception {
    String feed;
    try (InputStream in = getClass().getResourceAsStream("/feeds/lilianweng-index.xml")) {
      feed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    blog.enqueue(new MockResponse.Builder().code(304).build()); // the arXiv listing: unchanged
    blog.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml").body(feed).build());
    Path sources = TestSources.write(dir, blog.url("/").toString(), "lilianweng");
    var config = new ConfigLoader().load(null, Map.of(
        "KEEPUP_HTTP_API_TOKEN", "a-long-enough-test-token", "KEEPUP_CRAWL_SOURCES", sources.toString())).withDataDir(dir.resolve("data"));

    try (Application app = Application.open(config); HttpApi http = HttpApi.start(app, "127.0.0.1", 0)) {
      String base = "http://127.0.0.1:" + http.port();
      int withoutToken = post(base + "/api/crawl", null).code();
      JsonNode started = Json.MAPPER.readTree(post(base + "/api/crawl", "a-long-enough-test-token").body().string());
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

  private Response post(String url, String token) throws IOException {
    Request.Builder request = new Request.Builder().url(url).post(RequestBody.create(new byte[0]));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return client.newCall(request.build()).execute();
  }

  private JsonNode get(String url) throws IOException {
    try (Response r = client.newCall(new Request.Builder().url(url).build()).execute()) {
      return Json.MAPPER.readTree(r.body().string());
    }
  }
}
