package dev.keepup.api.digest;

import dev.keepup.api.config.KeepupConfig;
import java.net.URI;
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
public record DigestSettings(String baseUrl, KeepupConfig.Smtp smtp, String webhookSecret, int maxAttempts, String user) {

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

  @Override
  public String toString() {
    return "DigestSettings[baseUrl=" + baseUrl + ", smtp=" + smtp + ", webhookSecret=" + (webhookSecret == null ? "none" : "****")
        + ", maxAttempts=" + maxAttempts + ", user=" + user + "]";
  }

  /** The delivery settings of {@code config}'s digest, smtp and webhook sections, ranking for the default user. */
  public static DigestSettings from(KeepupConfig config) {
    KeepupConfig.Smtp smtp = config.smtp().enabled() ? config.smtp() : null;
    return new DigestSettings(config.digest().baseUrl(), smtp, config.webhook().secret(), config.digest().maxAttempts(), "default");
  }
}
