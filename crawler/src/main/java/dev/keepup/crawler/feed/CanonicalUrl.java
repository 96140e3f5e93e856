package dev.keepup.crawler.feed;

import java.net.URI;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * The canonical form of a post's URL, its id: absolute http(s), host in lower case, default port
 * and fragment dropped, tracking parameters ({@code utm_*}, {@code fbclid}, {@code gclid}) removed.
 */
final class CanonicalUrl {

  private CanonicalUrl() {}

  /** The canonical URL of {@code link}, or null when it is not an http(s) URL. */
  static URI of(String link) {
    HttpUrl url = link == null ? null : HttpUrl.parse(link.strip());
    if (url == null) {
      return null;
    }
    HttpUrl.Builder builder = url.newBuilder().fragment(null);
    for (String name : url.queryParameterNames()) {
      String n = name.toLowerCase(Locale.ROOT);
      if (n.startsWith("utm_") || n.equals("fbclid") || n.equals("gclid")) {
        builder.removeAllQueryParameters(name);
      }
    }
    return builder.build().uri();
  }
}
