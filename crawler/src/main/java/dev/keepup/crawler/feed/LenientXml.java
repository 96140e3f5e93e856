package dev.keepup.crawler.feed;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.parser.Parser;

/**
 * The healing pass for feeds that are not well-formed: jsoup's forgiving XML parser, which closes
 * what was left open, knows the HTML named entities and never reads a DTD (so it expands no entity
 * of the document's own). Characters XML forbids are dropped first.
 */
final class LenientXml {

  private LenientXml() {}

  static org.w3c.dom.Document parse(String text) {
    org.jsoup.nodes.Document doc = Jsoup.parse(withoutForbiddenCharacters(text), "", Parser.xmlParser());
    return new W3CDom().namespaceAware(true).fromJsoup(doc);
  }

  static String withoutForbiddenCharacters(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
