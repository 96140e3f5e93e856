package dev.keepup.crawler.feed;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.filter.Filters;

/**
 * Decodes base64 text constructs before Rome sees them: Atom 0.3's {@code mode="base64"} and Atom
 * 1.0 content of a non-text media type. Rome's own decoder fails on some of them; once decoded they
 * are ordinary escaped HTML.
 */
final class Base64Content {

  private static final String ATOM_10 = "http://www.w3.org/2005/Atom";
  private static final Set<String> TEXT_TYPES = Set.of("", "text", "html", "xhtml");

  private Base64Content() {}

  static void decodeIn(Document document) {
    List<Element> elements = new ArrayList<>();
    document.getRootElement().getDescendants(Filters.element()).forEach(elements::add);
    for (Element e : elements) {
      if ("base64".equalsIgnoreCase(e.getAttributeValue("mode"))) {
        decode(e).ifPresent(text -> {
          e.setText(text);
          e.setAttribute("mode", "escaped");
          if (e.getAttribute("type") == null) {
            e.setAttribute("type", "text/html");
          }
        });
      } else if (ATOM_10.equals(e.getNamespaceURI()) && isBinary(e)) {
        decode(e).ifPresent(text -> {
          e.setText(text);
          e.setAttribute("type", "html");
        });
      }
    }
  }

  private static boolean isBinary(Element e) {
    String type = e.getAttributeValue("type", "").strip().toLowerCase(Locale.ROOT);
    return !TEXT_TYPES.contains(type) && !type.startsWith("text/") && !type.endsWith("xml") && e.getChildren().isEmpty();
  }

  private static java.util.Optional<String> decode(Element e) {
    try {
      byte[] bytes = Base64.getMimeDecoder().decode(e.getTextTrim());
      return java.util.Optional.of(new String(bytes, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException notBase64) {
      return java.util.Optional.empty();
    }
  }
}
