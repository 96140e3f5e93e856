package dev.keepup.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keepup.api.Application;
import dev.keepup.api.Json;
import dev.keepup.api.config.ConfigLoader;
import dev.keepup.api.ingest.SampleData;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP API on a free port over loopback, serving the sample papers. */
class HttpApiTest {

  @TempDir static Path dataDir;
  static Application app;
  static HttpApi http;
  static final OkHttpClient client = new OkHttpClient();

  @BeforeAll
  static void start() {
    app = Application.open(new ConfigLoader().load(null, Map.of()).withDataDir(dataDir));
    app.ingest().ingest(SampleData.papers().papers());
    http = HttpApi.start(app, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    http.close();
    app.close();
  }

  /** A status and the parsed JSON body of an answer. */
  record Answer(int status, String contentType, JsonNode body) {}

  private static Answer send(Request.Builder request) throws IOException {
    try (Response r = client.newCall(request.build()).execute()) {
      return new Answer(r.code(), r.header("Content-Type"), Json.MAPPER.readTree(r.body().string()));
    }
  }

  private static Answer get(String pathAndQuery) throws IOException {
    return send(new Request.Builder().url("http://127.0.0.1:" + http.port() + pathAndQuery));
  }

  private static HttpUrl.Builder url(String path) {
    return new HttpUrl.Builder().scheme("http").host("127.0.0.1").port(http.port()).addPathSegments(path);
  }

  @Test
  void healthSaysOkAndCountsPapers() throws IOException {
    Answer a = get("/api/health");

    assertThat(a.status()).isEqualTo(200);
    assertThat(a.contentType()).startsWith("application/json");
    assertThat(a.body().get("status").asText()).isEqualTo("ok");
    assertThat(a.body().get("papers").asLong()).isEqualTo(105);
  }

  @Test
  void searchReturnsRankedHitsAsJson() throws IOException {
    Answer a = send(new Request.Builder().url(url("api/search").addQueryParameter("q", "heat-bath random walks")
        .addQueryParameter("limit", "3").build()));

    assertThat(a.status()).isEqualTo(200);
    assertThat(a.body().get("hits")).hasSizeLessThanOrEqualTo(3);
    JsonNode first = a.body().get("hits").get(0);
    assertThat(first.get("id").asText()).isEqualTo("1605.08386");
    assertThat(first.get("title").asText()).isEqualTo("Heat-bath random walks with Markov bases");
    assertThat(first.get("published").asText()).startsWith("2016-05-");
  }

  @Test
  void searchFiltersCountsFacetsAndPagesWithACursor() throws IOException {
    Answer page1 = get("/api/search?q=testing&cat=cs.SE&facets=categories,years&limit=5");
    Answer page2 = send(new Request.Builder().url(url("api/search").addQueryParameter("q", "testing")
        .addQueryParameter("cat", "cs.SE").addQueryParameter("limit", "5")
        .addQueryParameter("cursor", page1.body().get("next_cursor").asText()).build()));

    assertThat(page1.status()).isEqualTo(200);
    assertThat(page1.body().get("hits")).hasSize(5);
    page1.body().get("hits").forEach(h -> assertThat(h.get("categories").toString()).contains("cs.SE"));
    JsonNode categories = page1.body().get("facets").get("categories");
    assertThat(categories.get(0).get("value").asText()).isEqualTo("cs.SE");
    assertThat(categories.get(0).get("count").asLong()).isEqualTo(page1.body().get("total").asLong());
    assertThat(page2.body().get("hits").get(0).get("id").asText())
        .isNotIn(page1.body().get("hits").findValuesAsText("id"));
  }

  @Test
  void similarPapersAndSuggestionsAnswer() throws IOException {
    Answer similar = get("/api/papers/2202.12139/similar?limit=3");
    Answer suggest = get("/api/suggest?q=gotl&type=author");

    assertThat(similar.status()).isEqualTo(200);
    assertThat(similar.body().get("hits")).hasSize(3);
    assertThat(similar.body().get("hits").findValuesAsText("id")).doesNotContain("2202.12139");
    assertThat(suggest.body().get("suggestions").get(0).get("text").asText()).isEqualTo("Arnaud Gotlieb");
  }

  @Test
  void aResearcherProfileIsFoundByNameWithPapersAndCoauthors() throws IOException {
    Answer profile = send(new Request.Builder().url(url("api/researchers/Caprice Stanley").build()));
    Answer found = get("/api/researchers?q=capr");

    assertThat(profile.status()).isEqualTo(200);
    assertThat(profile.body().get("name").asText()).isEqualTo("Caprice Stanley");
    assertThat(profile.body().get("papers").findValuesAsText("id")).contains("1605.08386");
    assertThat(profile.body().get("coauthors").findValuesAsText("name")).contains("Tobias Windisch");
    assertThat(found.body().get("researchers").get(0).get("key").asText()).isEqualTo(profile.body().get("key").asText());
  }

  @Test
  void theGraphAnswersNeighbourhoodsPathsTopicsAndLearningPaths() throws IOException {
    Answer around = send(new Request.Builder().url(url("api/graph").addQueryParameter("center", "researcher:Caprice Stanley").build()));
    Answer path = send(new Request.Builder().url(url("api/path").addQueryParameter("from", "Caprice Stanley")
        .addQueryParameter("to", "Tobias Windisch").build()));
    Answer trending = get("/api/topics?days=36500");
    String topic = trending.body().get("topics").get(0).get("id").asText();
    Answer topicPage = get("/api/topics/" + topic + "?days=36500");
    Answer learn = get("/api/skills/numpy/path");
    Answer noSkill = get("/api/skills/no-such-skill");
    Answer badCenter = get("/api/graph?center=nonsense");

    assertThat(around.status()).isEqualTo(200);
    assertThat(around.body().get("nodes").findValuesAsText("id")).contains("Paper:1605.08386");
    assertThat(path.body().get("papers").findValuesAsText("id")).containsExactly("1605.08386");
    assertThat(topicPage.status()).isEqualTo(200);
    assertThat(topicPage.body().get("papers").asLong()).isPositive();
    assertThat(learn.body().get("steps").findValuesAsText("id")).contains("programming", "python", "linear-algebra");
    assertThat(noSkill.status()).isEqualTo(404);
    assertThat(badCenter.status()).isEqualTo(400);
  }

  @Test
  void openApiDescribesExactlyTheRoutesAndQueryParametersTheServerServes() throws IOException {
    Answer openApi = get("/openapi.json");
    java.util.Set<Routes.Endpoint> documented = new java.util.HashSet<>();
    openApi.body().get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
      java.util.Set<String> query = new java.util.HashSet<>();
      operation.getValue().path("parameters").forEach(p -> {
        if (p.get("in").asText().equals("query")) {
          query.add(p.get("name").asText());
        }
      });
      documented.add(new Routes.Endpoint(operation.getKey(), path.getKey(), query));
    }));

    assertThat(openApi.status()).isEqualTo(200);
    assertThat(documented).containsExactlyInAnyOrderElementsOf(http.endpoints());
  }

  @Test
  void metricsCountRequestsInPrometheusFormat() throws IOException {
    get("/api/health");
    try (Response r = client.newCall(new Request.Builder().url("http://127.0.0.1:" + http.port() + "/metrics").build()).execute()) {
      String text = r.body().string();

      assertThat(r.code()).isEqualTo(200);
      assertThat(r.header("Content-Type")).startsWith("text/plain");
      assertThat(text).containsPattern("keepup_http_requests_total\\{method=\"GET\",route=\"/api/health\",status=\"200\"} [1-9]");
      assertThat(text).contains("keepup_index_papers 105.0").contains("keepup_ingested_papers_total{outcome=\"created\"} 105.0");
    }
  }

  @Test
  void theWebUiAndItsGraphLibraryAreServedFromTheJar() throws IOException {
    try (Response page = client.newCall(new Request.Builder().url("http://127.0.0.1:" + http.port() + "/").build()).execute();
        Response lib = client.newCall(new Request.Builder()
            .url("http://127.0.0.1:" + http.port() + "/webjars/cytoscape/3.33.1/dist/cytoscape.min.js").build()).execute()) {
      assertThat(page.code()).isEqualTo(200);
      assertThat(page.body().string()).contains("<title>Keepup</title>");
      assertThat(lib.code()).isEqualTo(200);
    }
  }

  @Test
  void aPaperIsFoundByIdWithOrWithoutVersionAndOldStyleIdsWork() throws IOException {
    Answer plain = get("/api/papers/1605.08386");
    Answer versioned = get("/api/papers/1605.08386v1");
    Answer oldStyle = get("/api/papers/astro-ph/0601001");

    assertThat(plain.status()).isEqualTo(200);
    assertThat(plain.body().get("abs_url").asText()).isEqualTo("https://arxiv.org/abs/1605.08386v1");
    assertThat(plain.body().get("authors").get(0).get("name").asText()).isNotBlank();
    assertThat(versioned.body()).isEqualTo(plain.body());
    assertThat(oldStyle.status()).isEqualTo(200);
    assertThat(oldStyle.body().get("id").asText()).isEqualTo("astro-ph/0601001");
  }

  @Test
  void errorsAreJsonWithTheRightStatus() throws IOException {
    Answer badSyntax = send(new Request.Builder().url(url("api/search").addQueryParameter("q", "title:(unclosed").build()));
    Answer badSort = get("/api/search?q=x&sort=sideways");
    Answer badDate = get("/api/search?q=x&from=yesterday");
    Answer badLimit = get("/api/search?q=x&limit=abc");
    Answer hugeLimit = get("/api/search?q=x&limit=100000");
    Answer longQuery = get("/api/search?q=" + "a".repeat(1_001));
    Answer badId = get("/api/papers/not-an-id");
    Answer unknownPaper = get("/api/papers/2401.99999");
    Answer noRoute = get("/api/nothing-here");
    Answer wrongMethod = send(new Request.Builder().url("http://127.0.0.1:" + http.port() + "/api/health")
        .post(RequestBody.create("{}", MediaType.get("application/json"))));

    assertThat(Map.of(
            "badSyntax", badSyntax.status(), "badSort", badSort.status(), "badDate", badDate.status(), "badLimit", badLimit.status(),
            "hugeLimit", hugeLimit.status(), "longQuery", longQuery.status(), "badId", badId.status(),
            "unknownPaper", unknownPaper.status(), "noRoute", noRoute.status(), "wrongMethod", wrongMethod.status()))
        .isEqualTo(Map.of(
            "badSyntax", 400, "badSort", 400, "badDate", 400, "badLimit", 400, "hugeLimit", 400, "longQuery", 400, "badId", 400,
            "unknownPaper", 404, "noRoute", 404, "wrongMethod", 405));
    for (Answer a : new Answer[] {badSyntax, badSort, badDate, badLimit, hugeLimit, longQuery, badId, unknownPaper, noRoute, wrongMethod}) {
      assertThat(a.body().get("error").asText()).isNotBlank();
    }
    assertThat(badSyntax.body().get("detail").asText()).contains("column");
    assertThat(unknownPaper.body().get("detail").asText()).isEqualTo("no paper 2401.99999");
  }

  private static Answer write(String method, String path, String contentType, byte[] body) throws IOException {
    RequestBody requestBody = body == null ? null : RequestBody.create(body, contentType == null ? null : MediaType.get(contentType));
    return send(new Request.Builder().url("http://127.0.0.1:" + http.port() + path).method(method, requestBody));
  }

  private static Answer postJson(String path, String json) throws IOException {
    return write("POST", path, "application/json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Test
  void everyClientErrorHasItsStatusAndTheOneJsonShape() throws IOException {
    postJson("/api/subscriptions", "{\"name\":\"taken\",\"query\":\"testing\"}");

    Map<String, Answer> answers = new java.util.LinkedHashMap<>();
    answers.put("unknown parameter", get("/api/search?q=x&sotr=newest"));
    answers.put("malformed JSON", postJson("/api/follows", "{\"kind\": "));
    answers.put("no body", write("POST", "/api/subscriptions", "application/json", new byte[0]));
    answers.put("no such paper", get("/api/papers/2401.99999"));
    answers.put("wrong method", write("PATCH", "/api/health", "application/json", "{}".getBytes()));
    answers.put("name taken", postJson("/api/subscriptions", "{\"name\":\"taken\",\"query\":\"other\"}"));
    answers.put("body too large", write("POST", "/api/subscriptions", "application/json", new byte[(1 << 20) + 1]));
    answers.put("not JSON", write("POST", "/api/follows", "text/plain", "researcher Yann LeCun".getBytes()));
    answers.put("no content type", write("PUT", "/api/subscriptions/taken", null, "{}".getBytes()));
    answers.put("size out of range", write("PUT", "/api/subscriptions/taken", "application/json", "{\"query\":\"q\",\"size\":0}".getBytes()));
    answers.put("wrong type", postJson("/api/subscriptions", "{\"name\":\"typed\",\"size\":\"many\"}"));
    answers.put("unknown field", postJson("/api/follows", "{\"kind\":\"topic\",\"name\":\"x\",\"colour\":\"red\"}"));
    answers.put("unknown kind", postJson("/api/follows", "{\"kind\":\"planet\",\"name\":\"Mars\"}"));
    answers.put("null subscription", postJson("/api/subscriptions", " null "));
    answers.put("null follow", postJson("/api/follows", "null"));
    answers.put("null source", postJson("/api/sources", "null"));
    answers.put("malformed source", postJson("/api/sources", "{\"url\": "));

    Map<String, Integer> statuses = new java.util.LinkedHashMap<>();
    answers.forEach((what, a) -> statuses.put(what, a.status()));
    assertThat(statuses).isEqualTo(Map.ofEntries(
        Map.entry("unknown parameter", 400), Map.entry("malformed JSON", 400), Map.entry("no body", 400),
        Map.entry("no such paper", 404), Map.entry("wrong method", 405), Map.entry("name taken", 409),
        Map.entry("body too large", 413), Map.entry("not JSON", 415), Map.entry("no content type", 415),
        Map.entry("size out of range", 422), Map.entry("wrong type", 422), Map.entry("unknown field", 422),
        Map.entry("unknown kind", 422), Map.entry("null subscription", 422), Map.entry("null follow", 422),
        Map.entry("null source", 422), Map.entry("malformed source", 400)));
    assertThat(answers.get("null source").body().get("detail").asText()).isEqualTo("send a JSON object, not null");
    answers.forEach((what, a) -> {
      assertThat(a.contentType()).as(what).startsWith("application/json");
      assertThat(a.body().get("error").asText()).as(what).isNotBlank();
    });
    assertThat(answers.get("unknown parameter").body().get("detail").asText()).contains("'sotr'").contains("sort");
    assertThat(answers.get("size out of range").body().get("detail").asText()).contains("the size must be 1 to 200");
    assertThat(answers.get("unknown field").body().get("detail").asText()).isEqualTo("unknown field 'colour'");
    assertThat(answers.get("wrong type").body().get("detail").asText()).isEqualTo("field 'size' must be a whole number");
    assertThat(get("/api/subscriptions/taken").body().get("query").asText()).isEqualTo("testing");
  }

  @Test
  void aRequestLineWithoutAVersionIsABadRequestNotAServerError() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", http.port())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write("GET /api/health\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);

      assertThat(answer).startsWith("HTTP/1.1 400 ").contains("malformed request line");
    }
  }

  @Test
  void aClientOverTheRateLimitIsToldWhenToComeBack() throws IOException {
    try (HttpApi limited = HttpApi.start(app, new dev.keepup.api.config.KeepupConfig.Http("127.0.0.1", 0, 1 << 20, "", 3))) {
      List<Integer> statuses = new java.util.ArrayList<>();
      Response last = null;
      for (int i = 0; i < 4; i++) {
        if (last != null) {
          last.close();
        }
        last = client.newCall(new Request.Builder().url("http://127.0.0.1:" + limited.port() + "/api/health").build()).execute();
        statuses.add(last.code());
      }
      try (Response tooMany = last) {
        JsonNode body = Json.MAPPER.readTree(tooMany.body().string());

        assertThat(statuses).containsExactly(200, 200, 200, 429);
        assertThat(tooMany.header("Retry-After")).isEqualTo("60");
        assertThat(body.get("error").asText()).isEqualTo("too many requests");
      }
      try (Response page = client.newCall(new Request.Builder().url("http://127.0.0.1:" + limited.port() + "/").build()).execute()) {
        assertThat(page.code()).as("the web UI's files are not limited").isEqualTo(200);
      }
    }
  }

  @Test
  void subscriptionsDigestsAndFollowsLiveThroughTheirWholeLife() throws IOException {
    Answer created = postJson("/api/subscriptions", "{\"name\":\"walks\",\"query\":\"random walks\",\"cadence\":\"weekly\"}");
    Answer listed = get("/api/subscriptions?limit=1000");
    Answer one = get("/api/subscriptions/walks");
    Answer changed = write("PUT", "/api/subscriptions/walks", "application/json", "{\"query\":\"markov\",\"size\":5}".getBytes());
    Answer digest = write("POST", "/api/subscriptions/walks/digest", null, new byte[0]);
    Answer history = get("/api/subscriptions/walks/digests?limit=5");
    String atom;
    try (Response feed = client.newCall(new Request.Builder().url("http://127.0.0.1:" + http.port() + "/feeds/walks.atom").build()).execute()) {
      atom = feed.body().string();
    }
    Answer followed = postJson("/api/follows", "{\"kind\":\"researcher\",\"name\":\"Caprice Stanley\"}");
    Answer follows = get("/api/follows");
    Answer deleted = write("DELETE", "/api/subscriptions/walks", null, null);
    Answer gone = get("/api/subscriptions/walks");

    assertThat(created.status()).isEqualTo(201);
    assertThat(created.body().get("feed").asText()).endsWith("/feeds/walks.atom");
    assertThat(listed.body().get("subscriptions").findValuesAsText("name")).contains("walks");
    assertThat(listed.body().get("total").asInt()).isEqualTo(listed.body().get("subscriptions").size());
    assertThat(one.body().get("cadence").asText()).isEqualTo("weekly");
    assertThat(changed.status()).isEqualTo(200);
    assertThat(changed.body().get("query").asText()).isEqualTo("markov");
    assertThat(digest.status()).isEqualTo(200);
    assertThat(history.body()).hasSize(1);
    assertThat(atom).contains("<feed").contains("walks");
    assertThat(followed.status()).isEqualTo(201);
    assertThat(follows.body().toString()).contains("caprice stanley");
    assertThat(deleted.status()).isEqualTo(204);
    assertThat(gone.status()).isEqualTo(404);
  }

  @Test
  void listsThatGrowArePaged() throws IOException {
    for (String name : List.of("paged-a", "paged-b", "paged-c")) {
      postJson("/api/subscriptions", "{\"name\":\"" + name + "\",\"query\":\"" + name + "\"}");
    }
    Answer all = get("/api/subscriptions");
    int total = all.body().get("total").asInt();
    Answer first = get("/api/subscriptions?limit=2");
    Answer rest = get("/api/subscriptions?limit=2&offset=" + first.body().get("next_offset").asInt());
    Answer beyond = get("/api/subscriptions?offset=100000");
    Answer badOffset = get("/api/subscriptions?offset=-1");
    Answer sources = get("/api/sources?limit=1");

    assertThat(total).isGreaterThanOrEqualTo(3);
    assertThat(first.body().get("subscriptions")).hasSize(2);
    assertThat(first.body().get("next_offset").asInt()).isEqualTo(2);
    assertThat(rest.body().get("subscriptions").get(0).get("name").asText())
        .isEqualTo(all.body().get("subscriptions").get(2).get("name").asText());
    assertThat(beyond.body().get("subscriptions")).isEmpty();
    assertThat(beyond.body().has("next_offset")).isFalse();
    assertThat(badOffset.status()).isEqualTo(400);
    assertThat(sources.body().get("sources")).hasSize(1);
    assertThat(sources.body().get("total").asInt()).isGreaterThan(1);
  }

  @Test
  void aSkillPageAndTheCrawlStatusAnswer() throws IOException {
    Answer skill = get("/api/skills/python");
    Answer crawl = get("/api/crawl");

    assertThat(skill.status()).isEqualTo(200);
    assertThat(skill.body().get("id").asText()).isEqualTo("python");
    assertThat(crawl.status()).isEqualTo(200);
    assertThat(crawl.body().get("running").asBoolean()).isFalse();
  }

  @Test
  void everyAnswerForbidsLoadingAnythingFromAnotherOrigin() throws IOException {
    try (Response page = client.newCall(new Request.Builder().url("http://127.0.0.1:" + http.port() + "/").build()).execute()) {
      assertThat(page.header("Content-Security-Policy")).startsWith("default-src 'self'");
      assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
  }
}
