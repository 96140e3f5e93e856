package dev.keepup.graph.subscription;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a subscription's digests are pushed: an e-mail address or a webhook URL.
 *
 * @param target the address ({@code EMAIL}) or the http(s) URL ({@code WEBHOOK})
 */
public record Channel(Kind kind, String target) {

  /** The kinds of channel. */
  public enum Kind {
    EMAIL,
    WEBHOOK
  }

  public Channel {
    Objects.requireNonNull(kind, "kind");
    if (target == null || target.isBlank() || target.length() > 2_000) {
      throw new IllegalArgumentException("a " + kind.name().toLowerCase(Locale.ROOT) + " channel needs a target");
    }
    target = target.strip();
    switch (kind) {
      case EMAIL -> {
        if (!target.matches("[^@\\s]+@[^@\\s]+") || target.length() > 254) {
          throw new IllegalArgumentException("not an e-mail address: " + target);
        }
      }
      case WEBHOOK -> {
        try {
          URI uri = new URI(target);
          if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            throw new IllegalArgumentException("a webhook is an http or https URL: " + target);
          }
        } catch (URISyntaxException e) {
          throw new IllegalArgumentException("a webhook is an http or https URL: " + target);
        }
      }
    }
  }

  /** Parses {@code email:ADDRESS} or {@code webhook:URL}. */
  public static Channel parse(String text) {
    int colon = text == null ? -1 : text.indexOf(':');
    if (colon < 1) {
      throw new IllegalArgumentException("a channel is email:ADDRESS or webhook:URL, not " + text);
    }
    String kind = text.substring(0, colon).strip().toUpperCase(Locale.ROOT);
    try {
      return new Channel(Kind.valueOf(kind), text.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("No enum")) {
        throw new IllegalArgumentException("a channel is email:ADDRESS or webhook:URL, not " + text);
      }
      throw e;
    }
  }

  /** The text {@link #parse} reads. */
  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT) + ":" + target;
  }
}
