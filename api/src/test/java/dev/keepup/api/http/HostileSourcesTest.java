package dev.keepup.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keepup.api.Application;
import dev.keepup.api.Json;
import dev.keepup.api.TestSources;
import dev.keepup.api.config.ConfigLoader;
import dev.keepup.api.ingest.SampleData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crawler's attack files thrown at a running server through {@code POST /api/sources}: each is
 * refused with a 4xx JSON error in bounded time, nothing is followed, and the server goes on
 * serving searches. The hostile "blog" listens on 127.0.0.2, the one address the source list
 * allows; every other loopback, private or link-local address stays refused.
 */
class HostileSourcesTest {

  @TempDir static Path dir;
  static MockWebServer hostile;
  static Application app;
  static HttpApi http;
  static final OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60)).build();

  static final String XXE = """
      <?xml version="1.0"?>
      <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
      <rss version="2.0"><channel><title>&xxe;</title><link>https://blog.example/</link>
      <item><title>&xxe;</title><link>https://blog.example/1</link></item></channel></rss>
      """;

  @BeforeAll
  static void start() throws IOException {
    hostile = new MockWebServer();
    hostile.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer(request.getUrl().encodedPath());
      }
    });
    hostile.start(InetAddress.getByName("127.0.0.2"), 0);
    // The shared test list, tightened: loopback refused except the hostile server's own address, short time-outs.
    Path sources = TestSources.write(dir, hostile.url("/").toString());
    Files.writeString(sources, Files.readString(sources)
        .replace("allow_loopback: true", "allow_loopback: false")
        .replace("allowed_addresses: []", "allowed_addresses: [\"127.0.0.2\"]")
        .replace("read_timeout_seconds: 5", "read_timeout_seconds: 1")
        .replace("call_timeout_seconds: 20", "call_timeout_seconds: 2"));
    app = Application.open(new ConfigLoader().load(null, Map.of("KEEPUP_CRAWL_SOURCES", sources.toString())).withDataDir(dir.resolve("data")));
    app.ingest().ingest(SampleData.papers().papers());
    http = HttpApi.start(app, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    if (http != null) {
      http.close();
    }
    if (app != null) {
      app.close();
    }
    hostile.close();
  }

  static MockResponse answer(String path) {
    return switch (path) {
      case "/xxe.xml" -> feed(XXE.formatted("file:///etc/passwd"));
      case "/xxe-http.xml" -> feed(XXE.formatted(hostile.url("/secret")));
      case "/laughs.xml" -> feed(billionLaughs());
      case "/bomb.xml" -> new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml")
          .addHeader("Content-Encoding", "gzip").body(gzippedZeros(24 << 20)).build();
      case "/loop-a" -> redirect("/loop-b");
      case "/loop-b" -> redirect("/loop-a");
      case "/to-loopback" -> redirect("http://127.0.0.1:" + hostile.getPort() + "/xxe.xml");
      case "/to-metadata" -> redirect("http://169.254.169.254/latest/meta-data/");
      case "/to-private" -> redirect("http://10.0.0.1/feed");
      case "/drip.xml" -> new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml")
          .body("<rss version=\"2.0\"><channel>" + " ".repeat(10_000)).throttleBody(1, 100, TimeUnit.MILLISECONDS).build();
      default -> new MockResponse.Builder().code(404).build();
    };
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everyAttackIsRefusedWithAClearClientErrorAndTheServerGoesOn() throws IOException {
    Map<String, String> attacks = new LinkedHashMap<>();
    attacks.put("XXE reading a file", hostile.url("/xxe.xml").toString());
    attacks.put("XXE calling out", hostile.url("/xxe-http.xml").toString());
    attacks.put("billion laughs", hostile.url("/laughs.xml").toString());
    attacks.put("gzip bomb", hostile.url("/bomb.xml").toString());
    attacks.put("redirect loop", hostile.url("/loop-a").toString());
    attacks.put("redirect to loopback", hostile.url("/to-loopback").toString());
    attacks.put("redirect to cloud metadata", hostile.url("/to-metadata").toString());
    attacks.put("redirect to a private network", hostile.url("/to-private").toString());
    attacks.put("loopback directly", "http://127.0.0.1:" + http.port() + "/api/health");
    attacks.put("slow drip", hostile.url("/drip.xml").toString());

    Map<String, Integer> statuses = new LinkedHashMap<>();
    Map<String, String> details = new LinkedHashMap<>();
    for (Map.Entry<String, String> attack : attacks.entrySet()) {
      long start = System.nanoTime();
      try (Response r = client.newCall(new Request.Builder().url("http://127.0.0.1:" + http.port() + "/api/sources")
          .post(RequestBody.create("{\"url\": \"" + attack.getValue() + "\"}", MediaType.get("application/json"))).build()).execute()) {
        JsonNode body = Json.MAPPER.readTree(r.body().string());
        statuses.put(attack.getKey(), r.code());
        details.put(attack.getKey(), body.get("detail").asText());
        assertThat(r.header("Content-Type")).startsWith("application/json");
      }
      assertThat(Duration.ofNanos(System.nanoTime() - start)).as(attack.getKey()).isLessThan(Duration.ofSeconds(15));
    }
    JsonNode search;
    try (Response r = client.newCall(new Request.Builder().url("http://127.0.0.1:" + http.port() + "/api/search?q=random+walks").build()).execute()) {
      assertThat(r.code()).isEqualTo(200);
      search = Json.MAPPER.readTree(r.body().string());
    }

    assertThat(statuses).allSatisfy((attack, status) -> assertThat(status).as(attack).isEqualTo(422));
    assertThat(details.get("XXE reading a file")).contains("declares a DTD");
    assertThat(details.get("XXE calling out")).contains("declares a DTD");
    assertThat(details.get("gzip bomb")).contains("body larger than");
    assertThat(details.get("redirect loop")).contains("redirect loop");
    assertThat(details.get("redirect to loopback")).contains("loopback address 127.0.0.1");
    assertThat(details.get("redirect to cloud metadata")).contains("link-local address 169.254.169.254");
    assertThat(details.get("redirect to a private network")).contains("10.0.0.1");
    assertThat(details.get("loopback directly")).contains("loopback");
    assertThat(details.get("slow drip")).contains("timed out");
    assertThat(app.sourceStates().addedBlogs()).isEmpty();
    assertThat(search.get("total").asLong()).isPositive();
    assertThat(hostile.getRequestCount()).isLessThanOrEqualTo(attacks.size() + 1); // the loop ends after one round
    for (int i = 0; i < hostile.getRequestCount(); i++) {
      // no request ever reached the entity's target: entities are never expanded
      assertThat(takeRequestPath()).isNotEqualTo("/secret");
    }
  }

  private static String takeRequestPath() {
    try {
      return hostile.takeRequest().getUrl().encodedPath();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static MockResponse feed(String xml) {
    return new MockResponse.Builder().addHeader("Content-Type", "application/rss+xml").body(xml).build();
  }

  private static MockResponse redirect(String location) {
    return new MockResponse.Builder().code(302).addHeader("Location", location).build();
  }

  private static String billionLaughs() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
    }
    return dtd + "]><rss version=\"2.0\"><channel><title>&lol9;</title><link>https://blog.example/</link></channel></rss>";
  }

  /** {@code bytes} zeros, gzipped: about 24 KiB on the wire for 24 MiB inflated, over the 20 MiB cap. */
  private static Buffer gzippedZeros(int bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      byte[] zeros = new byte[1 << 16];
      for (int written = 0; written < bytes; written += zeros.length) {
        gzip.write(zeros);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Buffer().write(out.toByteArray());
  }
}
