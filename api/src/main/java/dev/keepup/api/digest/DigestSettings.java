package dev.keepup.api.digest;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * How digests are delivered.
 *
 * @param baseUrl the public address of Keepup, for links to paper pages and feeds
 * @param smtp the mail server, or null when e-mail is not set up
 * @param webhookSecret the key webhook bodies are signed with (HMAC-SHA256), or null to refuse webhooks
 * @param maxAttempts attempts per delivery before it is recorded as failed
 * @param user whose follows boost rankings
 */
public record DigestSettings(String baseUrl, Smtp smtp, String webhookSecret, int maxAttempts, String user) {

  public DigestSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    URI.create(baseUrl);
    baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    if (webhookSecret != null && webhookSecret.length() < 16) {
      throw new IllegalArgumentException("the webhook secret must be at least 16 characters");
    }
    if (maxAttempts < 1 || maxAttempts > 50) {
      throw new IllegalArgumentException("max attempts must be 1 to 50: " + maxAttempts);
    }
    Objects.requireNonNull(user, "user");
  }

  /** The SMTP server: STARTTLS is required unless {@code startTlsRequired} is false. */
  public record Smtp(String host, int port, String user, String password, String from, boolean startTlsRequired) {
    public Smtp {
      if (host == null || host.isBlank()) {
        throw new IllegalArgumentException("the SMTP host is missing");
      }
      if (port < 1 || port > 65_535) {
        throw new IllegalArgumentException("not an SMTP port: " + port);
      }
      if (from == null || !from.contains("@")) {
        throw new IllegalArgumentException("the sender address is missing");
      }
    }

    @Override
    public String toString() { // never log the password
      return "Smtp[" + host + ":" + port + ", user=" + user + ", from=" + from + ", startTlsRequired=" + startTlsRequired + "]";
    }
  }

  @Override
  public String toString() {
    return "DigestSettings[baseUrl=" + baseUrl + ", smtp=" + smtp + ", webhookSecret=" + (webhookSecret == null ? "none" : "****")
        + ", maxAttempts=" + maxAttempts + ", user=" + user + "]";
  }

  /**
   * Reads {@code KEEPUP_DIGEST_BASE_URL}, {@code KEEPUP_SMTP_HOST}, {@code KEEPUP_SMTP_PORT} (587),
   * {@code KEEPUP_SMTP_USER}, {@code KEEPUP_SMTP_PASSWORD}, {@code KEEPUP_SMTP_FROM},
   * {@code KEEPUP_SMTP_STARTTLS_REQUIRED} (true) and {@code KEEPUP_WEBHOOK_SECRET}.
   */
  public static DigestSettings fromEnvironment(Map<String, String> env) {
    String host = env.get("KEEPUP_SMTP_HOST");
    Smtp smtp = host == null || host.isBlank() ? null
        : new Smtp(host, port(env.getOrDefault("KEEPUP_SMTP_PORT", "587")), env.get("KEEPUP_SMTP_USER"),
            env.get("KEEPUP_SMTP_PASSWORD"), env.getOrDefault("KEEPUP_SMTP_FROM", "keepup@localhost"),
            !"false".equalsIgnoreCase(env.getOrDefault("KEEPUP_SMTP_STARTTLS_REQUIRED", "true")));
    return new DigestSettings(env.getOrDefault("KEEPUP_DIGEST_BASE_URL", "http://127.0.0.1:8080"), smtp,
        env.get("KEEPUP_WEBHOOK_SECRET"), 12, "default");
  }

  private static int port(String text) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("KEEPUP_SMTP_PORT is not a port: " + text);
    }
  }
}
