package dev.keepup.crawler.feed;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/** Markup from feeds made safe to show (jsoup's cleaner) or reduced to plain text. */
final class SafeHtml {

  private static final Safelist SAFE =
      Safelist.relaxed()
          .addTags("abbr", "acronym", "address", "big", "center", "del", "dfn", "font", "hr", "ins", "kbd", "s",
              "samp", "strike", "tt", "var", "figure", "figcaption", "mark", "time")
          .addAttributes(":all", "dir", "lang", "abbr")
          .addAttributes("img", "border", "hspace", "vspace");

  private static final Document.OutputSettings OUTPUT =
      new Document.OutputSettings()
          .syntax(Document.OutputSettings.Syntax.xml)
          .escapeMode(Entities.EscapeMode.xhtml)
          .prettyPrint(false);

  private SafeHtml() {}

  /**
   * {@code html} without scripts, styles, event handlers or unsafe URLs; relative links resolved
   * against {@code base} (or dropped when it is empty).
   */
  static String clean(String html, String base) {
    if (html == null) {
      return null;
    }
    return Jsoup.clean(html, base == null ? "" : base, SAFE, OUTPUT);
  }

  /** The text of {@code html}, white space folded. */
  static String text(String html) {
    if (html == null) {
      return "";
    }
    return Jsoup.parse(html).text().strip();
  }
}
