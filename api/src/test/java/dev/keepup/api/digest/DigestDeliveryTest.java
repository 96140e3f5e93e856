package dev.keepup.api.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.keepup.api.Application;
import dev.keepup.api.config.ConfigLoader;
import dev.keepup.api.config.KeepupConfig;
import dev.keepup.crawler.fetch.FetchSettings;
import dev.keepup.api.ingest.ClockedIngest;
import dev.keepup.graph.subscription.Channel;
import dev.keepup.graph.subscription.DeliveryStatus;
import dev.keepup.graph.subscription.Subscription;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Delivery on real servers over loopback: an in-process SMTP server (GreenMail) and an HTTP server
 * (MockWebServer) that fails the first webhook call with a 500.
 */
class DigestDeliveryTest {

  private static final String SECRET = "a-webhook-secret-of-some-length";

  @TempDir static Path dataDir;
  static final SettableClock clock = new SettableClock(Instant.parse("2026-01-05T06:00:00Z"));
  static final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
  static final MockWebServer hooks = new MockWebServer();
  static Application app;
  static DigestService digests;
  static Digest digest;
  static RecordedRequest firstCall;
  static RecordedRequest secondCall;
  static DeliveryReport retry;
  static DeliveryReport afterDelivery;

  @BeforeAll
  static void deliverOneDigestWithOneFailedWebhookCall() throws Exception {
    smtp.start();
    hooks.start();
    hooks.enqueue(new MockResponse.Builder().code(500).body("try later").build());
    hooks.enqueue(new MockResponse.Builder().code(204).build());
    app = Application.open(new ConfigLoader().load(null, Map.of()).withDataDir(dataDir));
    DigestSettings settings = new DigestSettings("http://keepup.test",
        new KeepupConfig.Smtp("127.0.0.1", smtp.getSmtp().getPort(), null, null, "digests@keepup.test", false),
        SECRET, 5, "default");
    digests = DigestService.create(app.driver(), "neo4j", app.index(), settings, new OkHttpClient(),
        FetchSettings.defaults("Keepup test").withAddresses(true, java.util.Set.of()), clock); // the hook is on loopback
    digests.subscribe(Subscription.ofQuery("diffusion", "diffusion").withChannels(List.of(
        Channel.parse("email:reader@example.org"), Channel.parse("webhook:" + hooks.url("/hook")))));
    clock.set("2026-01-05T06:30:00Z");
    ClockedIngest.of(app, clock).ingest(DigestPapers.round1());

    clock.set("2026-01-05T07:05:00Z");
    digest = digests.digestNow("diffusion");
    firstCall = hooks.takeRequest(10, TimeUnit.SECONDS);
    clock.set("2026-01-05T07:05:29Z");
    DeliveryReport tooEarly = digests.deliverDue();
    assertThat(tooEarly).isEqualTo(new DeliveryReport(0, 0));
    clock.set("2026-01-05T07:05:30Z");
    retry = digests.deliverDue();
    secondCall = hooks.takeRequest(10, TimeUnit.SECONDS);
    clock.set("2026-01-05T08:00:00Z");
    afterDelivery = digests.deliverDue();
  }

  @AfterAll
  static void close() {
    app.close();
    smtp.stop();
    hooks.close();
  }

  @Test
  void theEmailArrivesOnceWithAPlainAndAnHtmlPart() throws Exception {
    MimeMessage[] received = smtp.getReceivedMessages();

    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getSubject()).isEqualTo("Keepup digest diffusion: 2 papers new since 2026-01-04 06:00 UTC");
    MimeMultipart parts = (MimeMultipart) mail.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    BodyPart plain = parts.getBodyPart(0);
    BodyPart html = parts.getBodyPart(1);
    assertThat(plain.getContentType()).startsWith("text/plain");
    assertThat((String) plain.getContent()).contains("Characterizing Motion Encoding in Video Diffusion Timesteps",
        "https://arxiv.org/abs/2512.22175v1", "why: matches “diffusion”");
    assertThat(html.getContentType()).startsWith("text/html");
    assertThat((String) html.getContent()).contains("<a href=\"https://arxiv.org/abs/2512.22175v1\">",
        "<a href=\"http://keepup.test/papers/2512.22237\">on Keepup</a>");
  }

  @Test
  void theWebhookIsRetriedAfterA500AndCarriesAValidSignature() {
    assertThat(firstCall).isNotNull();
    assertThat(secondCall).isNotNull();
    assertThat(retry).isEqualTo(new DeliveryReport(1, 0));
    assertThat(secondCall.getHeaders().get(WebhookSender.DELIVERY)).isEqualTo(firstCall.getHeaders().get(WebhookSender.DELIVERY));
    byte[] body = secondCall.getBody().toByteArray();
    String timestamp = secondCall.getHeaders().get(WebhookSender.TIMESTAMP);
    String expected = "sha256=" + WebhookSender.sign(SECRET.getBytes(StandardCharsets.UTF_8), timestamp, body);
    assertThat(secondCall.getHeaders().get(WebhookSender.SIGNATURE)).isEqualTo(expected);
    assertThat(DigestPayload.read(new String(body, StandardCharsets.UTF_8))).isEqualTo(digest);
    assertThat(timestamp).isEqualTo(Long.toString(Instant.parse("2026-01-05T07:05:30Z").getEpochSecond()));
  }

  @Test
  void aDeliveredDigestIsNeverDeliveredAgain() {
    assertThat(afterDelivery).isEqualTo(new DeliveryReport(0, 0));
    assertThat(hooks.getRequestCount()).isEqualTo(2);
    List<DeliveryStatus> states = digests.deliveries(digest.id());
    assertThat(states).extracting(DeliveryStatus::status).containsOnly("delivered");
    assertThat(states).filteredOn(s -> s.channel().kind() == Channel.Kind.WEBHOOK).singleElement().satisfies(s -> {
      assertThat(s.attempts()).isEqualTo(2);
      assertThat(s.lastError()).contains("HTTP 500");
    });
  }
}
