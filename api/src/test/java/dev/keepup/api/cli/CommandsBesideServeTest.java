package dev.keepup.api.cli;

import static dev.keepup.api.cli.KeepupCommandTest.keepup;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keepup.api.Application;
import dev.keepup.api.Json;
import dev.keepup.api.ServingAddress;
import dev.keepup.api.config.ConfigLoader;
import dev.keepup.api.http.HttpApi;
import dev.keepup.api.ingest.SampleData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Commands run while a server owns the data directory: search, follow, subscribe and sources add go through its API, others name it. */
class CommandsBesideServeTest {

  @TempDir static Path dataDir;
  static Application app;
  static HttpApi http;
  static String url;

  @BeforeAll
  static void serve() {
    app = Application.open(new ConfigLoader().load(null, Map.of()).withDataDir(dataDir));
    app.ingest().ingest(SampleData.papers().papers());
    http = HttpApi.start(app, "127.0.0.1", 0);
    url = "http://127.0.0.1:" + http.port();
    ServingAddress.record(dataDir, url);
  }

  @AfterAll
  static void stop() {
    ServingAddress.clear(dataDir);
    http.close();
    app.close();
  }

  @Test
  void searchAsksTheServerAndPrintsWhatItAnswers() throws Exception {
    KeepupCommandTest.Run run = keepup("search", "--data-dir", dataDir.toString(), "--limit", "3", "--sort", "newest", "--json", "learning");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode direct = get("/api/search?q=learning&limit=3&sort=newest&snippets=false");
    JsonNode printed = run.lastLineJson();
    assertThat(printed.get("hits").findValuesAsText("id")).hasSize(3).isEqualTo(direct.get("hits").findValuesAsText("id"));
    assertThat(printed.get("total").asLong()).isEqualTo(direct.get("total").asLong()).isPositive();
    assertThat(run.outLines().getFirst()).isEqualTo(direct.get("total").asLong() + " papers match; the first 3:");
  }

  @Test
  void aBadQueryGetsTheServersMessageAsOneLine() {
    KeepupCommandTest.Run run = keepup("search", "--data-dir", dataDir.toString(), "title:(unclosed");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err().lines()).singleElement().asString().startsWith("keepup: ").doesNotContain("cannot reach", "HTTP");
  }

  @Test
  void followAndSubscribeChangeWhatTheServerHolds() throws Exception {
    KeepupCommandTest.Run follow = keepup("follow", "topic", "Diffusion Models", "--data-dir", dataDir.toString());
    KeepupCommandTest.Run subscribe = keepup("subscribe", "beside-serve", "--query", "testing", "--cadence", "weekly",
        "--data-dir", dataDir.toString(), "--json");
    JsonNode follows = get("/api/follows");
    JsonNode stored = get("/api/subscriptions/beside-serve");
    KeepupCommandTest.Run listed = keepup("subscribe", "--list", "--data-dir", dataDir.toString(), "--json");
    KeepupCommandTest.Run deleted = keepup("subscribe", "beside-serve", "--delete", "--data-dir", dataDir.toString());
    KeepupCommandTest.Run again = keepup("subscribe", "beside-serve", "--delete", "--data-dir", dataDir.toString());

    assertThat(follow.exit()).as(follow.err()).isZero();
    assertThat(follow.out()).startsWith("Following 0 researchers, 1 topics, 0 skills; digest 'following'");
    assertThat(follows.get("topics").toString()).contains("diffusion models");
    assertThat(subscribe.exit()).as(subscribe.err()).isZero();
    assertThat(subscribe.outLines().getFirst()).isEqualTo("Subscribed beside-serve: “testing” · weekly UTC · 20 items");
    assertThat(subscribe.lastLineJson().get("feed").asText()).endsWith("/feeds/beside-serve.atom");
    assertThat(stored.get("cadence").asText()).isEqualTo("weekly");
    assertThat(listed.lastLineJson().get("subscriptions").findValuesAsText("name")).contains("beside-serve");
    assertThat(deleted.out()).isEqualTo("Deleted beside-serve." + System.lineSeparator());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).isEqualTo("keepup: no subscription named beside-serve" + System.lineSeparator());
  }

  @Test
  void sourcesAddIsJudgedByTheServer() {
    KeepupCommandTest.Run loopback = keepup("sources", "add", url + "/feed.xml", "--data-dir", dataDir.toString());
    KeepupCommandTest.Run ownList = keepup("sources", "add", "https://example.org/feed.xml", "--sources", "my-sources.yaml",
        "--data-dir", dataDir.toString());

    assertThat(loopback.exit()).as("the server refuses its own loopback address: private addresses are off").isEqualTo(2);
    assertThat(loopback.err().lines()).singleElement().asString().startsWith("keepup: ").contains("refused: 127.0.0.1 is a loopback address");
    assertThat(ownList.exit()).isEqualTo(2);
    assertThat(ownList.err()).contains("follows its own source list");
  }

  private static JsonNode get(String path) throws Exception {
    try (Response r = new OkHttpClient().newCall(new Request.Builder().url(url + path).build()).execute()) {
      return Json.MAPPER.readTree(r.body().string());
    }
  }

  @Test
  void aCommandWithoutARouteNamesTheServer() {
    KeepupCommandTest.Run run = keepup("stats", "--data-dir", dataDir.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().lines()).singleElement().asString()
        .contains("in use by keepup serve (pid " + ProcessHandle.current().pid() + ", " + url + ")");
  }

  @Test
  void anAnswerThatIsNotTheApisJsonIsOneReadableLine() throws Exception {
    Path other = Files.createTempDirectory(dataDir.getParent(), "proxied");
    try (MockWebServer proxy = new MockWebServer();
        Application holder = Application.open(new ConfigLoader().load(null, Map.of()).withDataDir(other))) {
      proxy.enqueue(new MockResponse.Builder().code(403).addHeader("Content-Type", "text/html").body("<html>Forbidden</html>").build());
      proxy.start();
      ServingAddress.record(other, proxy.url("/").toString());
      KeepupCommandTest.Run run = keepup("search", "--data-dir", other.toString(), "learning");

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err().lines()).singleElement().asString()
          .isEqualTo("keepup: HTTP 403 (an answer that is not the API's JSON)");
    }
  }

  @Test
  void aServerThatDoesNotAnswerIsOneReadableLine() throws Exception {
    Path other = Files.createTempDirectory(dataDir.getParent(), "held");
    try (Application holder = Application.open(new ConfigLoader().load(null, Map.of()).withDataDir(other))) {
      ServingAddress.record(other, "http://127.0.0.1:9");
      KeepupCommandTest.Run run = keepup("search", "--data-dir", other.toString(), "learning");

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.err().lines()).singleElement().asString()
          .startsWith("keepup: cannot reach keepup serve (pid " + ProcessHandle.current().pid() + ") at http://127.0.0.1:9");
    }
  }
}
