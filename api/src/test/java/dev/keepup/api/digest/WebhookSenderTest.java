package dev.keepup.api.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keepup.crawler.fetch.FetchSettings;
import dev.keepup.graph.subscription.Channel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Webhooks follow the crawler's SSRF rule: no loopback, private or link-local targets unless configured. */
class WebhookSenderTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-05T07:00:00Z"), ZoneOffset.UTC);
  private static final Digest DIGEST = new Digest("d1", "diffusion", Instant.parse("2026-01-04T07:00:00Z"),
      Instant.parse("2026-01-05T07:00:00Z"), List.of());

  private final MockWebServer hook = new MockWebServer();

  @BeforeEach
  void start() throws Exception {
    hook.start();
  }

  @AfterEach
  void stop() {
    hook.close();
  }

  private static WebhookSender sender(FetchSettings addresses) {
    return new WebhookSender(new OkHttpClient(), addresses, "a-webhook-secret-of-some-length", CLOCK);
  }

  @Test
  void aWebhookToLoopbackIsRefusedByDefault() {
    WebhookSender sender = sender(FetchSettings.defaults("Keepup test"));
    Channel local = Channel.parse("webhook:" + hook.url("/hook"));
    Channel localByName = Channel.parse("webhook:http://localhost:" + hook.getPort() + "/hook");

    assertThatThrownBy(() -> sender.send(DIGEST, local, "x1")).isInstanceOf(DeliveryException.class).hasMessageContaining("loopback");
    assertThatThrownBy(() -> sender.send(DIGEST, localByName, "x2")).isInstanceOf(DeliveryException.class).hasMessageContaining("loopback");
    assertThat(hook.getRequestCount()).isZero();
  }

  @Test
  void privateAndLinkLocalTargetsAreRefusedBeforeAnyConnection() {
    WebhookSender sender = sender(FetchSettings.defaults("Keepup test"));

    // unroutable here: a connection attempt would hang until the time-out, a refusal is immediate
    assertThatThrownBy(() -> sender.send(DIGEST, Channel.parse("webhook:http://10.11.12.13/hook"), "x3"))
        .isInstanceOf(DeliveryException.class).hasMessageContaining("private address");
    assertThatThrownBy(() -> sender.send(DIGEST, Channel.parse("webhook:http://169.254.169.254/latest/meta-data"), "x4"))
        .isInstanceOf(DeliveryException.class).hasMessageContaining("link-local address");
  }

  @Test
  void aWebhookToLoopbackIsSentWhenTheSettingsAllowIt() throws Exception {
    hook.enqueue(new MockResponse.Builder().code(204).build());
    WebhookSender sender = sender(FetchSettings.defaults("Keepup test").withAddresses(true, Set.of()));

    sender.send(DIGEST, Channel.parse("webhook:" + hook.url("/hook")), "x5");

    assertThat(hook.getRequestCount()).isEqualTo(1);
  }
}
