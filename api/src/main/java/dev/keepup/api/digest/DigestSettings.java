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

  /** The delivery settings of {@code config}'s digest, smtp and webhook sections, ranking for the default user. */
  public static DigestSettings from(KeepupConfig config) {
    KeepupConfig.Smtp mail = config.smtp();
    Smtp smtp = mail.enabled()
        ? new Smtp(mail.host(), mail.port(), mail.user(), mail.password(), mail.from(), mail.starttlsRequired())
        : null;
    return new DigestSettings(config.digest().baseUrl(), smtp, config.webhook().secret(), config.digest().maxAttempts(), "default");
  }
}
