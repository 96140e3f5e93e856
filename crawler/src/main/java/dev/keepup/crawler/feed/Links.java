package dev.keepup.crawler.feed;

import java.net.URI;
import java.net.URISyntaxException;

/** Resolving the relative references of a feed against its base URI. */
final class Links {

  private Links() {}

  /**
   * The document's base: its own {@code xml:base} resolved against where it came from; only an
   * http or https URL can be a base.
   */
  static URI base(URI documentUri, String xmlBase) {
    URI base = documentUri != null && isWeb(documentUri) ? documentUri : null;
    if (xmlBase != null && !xmlBase.isBlank()) {
      URI own = parse(xmlBase.strip());
      if (own != null) {
        base = base == null ? own : base.resolve(own);
      }
    }
    return base != null && isWeb(base) ? base : null;
  }

  /** {@code reference} made absolute against {@code base}; unchanged when it cannot be. */
  static String resolve(URI base, String reference) {
    if (reference == null || base == null) {
      return reference;
    }
    URI uri = parse(reference.strip());
    if (uri == null || uri.isAbsolute()) {
      return reference;
    }
    return base.resolve(uri).toString();
  }

  /** Like {@link #resolve} but only for what is plainly a path, as ids may be any string. */
  static String resolvePath(URI base, String reference) {
    if (reference == null || !(reference.startsWith("/") || reference.startsWith("./") || reference.startsWith("../"))) {
      return reference;
    }
    return resolve(base, reference);
  }

  private static boolean isWeb(URI uri) {
    return "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
  }

  private static URI parse(String s) {
    try {
      return new URI(s);
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
