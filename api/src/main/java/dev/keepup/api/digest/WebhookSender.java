package dev.keepup.api.digest;

import dev.keepup.crawler.fetch.AddressGuard;
import dev.keepup.crawler.fetch.FetchSettings;
import dev.keepup.graph.subscription.Channel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * POSTs a digest as JSON, signed: {@code X-Keepup-Signature: sha256=HEX} is the HMAC-SHA256, under
 * the configured secret, of {@code TIMESTAMP.BODY}, where {@code X-Keepup-Timestamp} gives the
 * timestamp in epoch seconds (so a receiver can refuse replays). Any 2xx is success; anything else
 * is a failed attempt. Redirects are not followed, and, as for the crawler, loopback, private and
 * link-local addresses are refused unless the fetch settings allow them ({@code allow_loopback},
 * {@code allowed_addresses} in {@code sources.yaml}): a webhook URL must not reach into the network
 * Keepup runs in.
 */
final class WebhookSender implements ChannelSender {

  static final String SIGNATURE = "X-Keepup-Signature";
  static final String TIMESTAMP = "X-Keepup-Timestamp";
  static final String DELIVERY = "X-Keepup-Delivery";
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient client;
  private final byte[] secret;
  private final Clock clock;

  WebhookSender(OkHttpClient client, FetchSettings addresses, String secret, Clock clock) {
    this.client = AddressGuard.guard(client.newBuilder().followRedirects(false).followSslRedirects(false).build(), addresses);
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
    this.clock = clock;
  }

  @Override
  public void send(Digest digest, Channel channel, String deliveryId) throws DeliveryException {
    byte[] body = DigestPayload.write(digest).getBytes(StandardCharsets.UTF_8);
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    Request request = new Request.Builder()
        .url(channel.target())
        .header(TIMESTAMP, timestamp)
        .header(SIGNATURE, "sha256=" + sign(secret, timestamp, body))
        .header(DELIVERY, deliveryId)
        .post(RequestBody.create(body, JSON))
        .build();
    try (Response response = client.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        throw new DeliveryException("webhook " + channel.target() + " answered HTTP " + response.code(), null);
      }
    } catch (IOException e) {
      throw new DeliveryException("webhook " + channel.target() + " failed: " + e.getMessage(), e);
    }
  }

  /** The hex HMAC-SHA256 of {@code timestamp + "." + body} under {@code secret}. */
  static String sign(byte[] secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
