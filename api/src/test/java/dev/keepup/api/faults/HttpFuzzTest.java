package dev.keepup.api.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keepup.api.Application;
import dev.keepup.api.Json;
import dev.keepup.api.TestSources;
import dev.keepup.api.config.ConfigLoader;
import dev.keepup.api.http.HttpApi;
import dev.keepup.api.ingest.SampleData;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of malformed and oversized requests against every endpoint that {@code /openapi.json}
 * lists (a test elsewhere checks it lists exactly the routes served, so a new endpoint is fuzzed
 * without touching this test): no answer may be a 5xx, the server must still answer {@code
 * /api/health}, and the heap must not keep what the requests brought. The generator is seeded;
 * the seed is printed, and {@code -Dkeepup.faults.seed=N} replays a run.
 */
@Tag("faults")
class HttpFuzzTest {

  private static final long SEED = Long.getLong("keepup.faults.seed", 9L);
  private static final int REQUESTS = Integer.getInteger("keepup.fuzz.requests", 4_000);
  private static final String TOKEN = "fuzz-token-0123456789";

  @Test
  void hostileRequestsToEveryEndpointGetNoServerErrorAndTheServerStaysUp(@TempDir Path dataDir) throws Exception {
    System.out.println("HttpFuzzTest seed " + SEED + ", " + REQUESTS + " requests (rerun with -Dkeepup.faults.seed=" + SEED + ")");
    // the crawl a fuzzed POST /api/crawl may start goes to a closed loopback port, never to the internet
    Path sources = TestSources.write(dataDir, "http://127.0.0.1:1/", "nowhere");
    // the rate limit would answer most of the fuzz with 429 before any handler saw it: off here
    Map<String, String> env = Map.of("KEEPUP_HTTP_API_TOKEN", TOKEN, "KEEPUP_CRAWL_SOURCES", sources.toString(),
        "KEEPUP_HTTP_RATE_LIMIT_PER_MINUTE", "0");
    try (Application app = Application.open(new ConfigLoader().load(null, env).withDataDir(dataDir.resolve("data")))) {
      app.ingest().ingest(SampleData.papers().papers());
      HttpApi http = HttpApi.start(app, "127.0.0.1", 0);
      try {
        List<HostileRequests.Endpoint> endpoints = endpoints(http.port());
        long heapBefore = usedHeapAfterGc();
        HostileRequests hostile = new HostileRequests(new Random(SEED), TOKEN, (int) app.config().http().maxBodyBytes());
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
          HostileRequests.Endpoint endpoint = endpoints.get(i % endpoints.size());
          HostileRequests.Hostile request = hostile.next(endpoint, http.port());
          RawHttp.Reply reply = RawHttp.send(http.port(), request.bytes());
          statuses.merge(reply.status(), 1, Integer::sum);
          if (reply.status() >= 500) {
            serverErrors.add("#" + i + " " + request.description() + " -> " + reply.head().lines().findFirst().orElse("")
                + " " + reply.head().substring(Math.max(0, reply.head().indexOf("\r\n\r\n"))).strip());
          }
        }
        long heapAfter = usedHeapAfterGc();
        RawHttp.Reply health = RawHttp.send(http.port(),
            ("GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        System.out.printf("HttpFuzzTest: %d endpoints, statuses %s, heap after GC %d MB before, %d MB after%n",
            endpoints.size(), statuses, heapBefore >> 20, heapAfter >> 20);

        assertThat(endpoints).hasSizeGreaterThanOrEqualTo(28);
        assertThat(serverErrors).as("5xx answers (seed " + SEED + ")").isEmpty();
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.head()).contains("\"status\":\"ok\"");
        assertThat(statuses.keySet()).as("every request was answered").doesNotContain(-1);
        assertThat(heapAfter - heapBefore).as("heap growth after GC").isLessThan(64L << 20);
      } finally {
        http.close();
      }
    }
  }

  /** Every method and path of /openapi.json with the names of its query parameters. */
  private static List<HostileRequests.Endpoint> endpoints(int port) throws Exception {
    JsonNode openApi = Json.MAPPER.readTree(openApiBody(port));
    List<HostileRequests.Endpoint> endpoints = new ArrayList<>();
    openApi.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
      List<String> query = new ArrayList<>();
      op.getValue().path("parameters").forEach(p -> {
        if (p.path("in").asText().equals("query")) {
          query.add(p.get("name").asText());
        }
      });
      endpoints.add(new HostileRequests.Endpoint(op.getKey(), path.getKey(), query));
    }));
    return endpoints;
  }

  private static String openApiBody(int port) throws Exception {
    try (var client = java.net.http.HttpClient.newHttpClient()) {
      return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/openapi.json")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }
  }

  private static long usedHeapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
