package dev.keepup.crawler.feed;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jdom2.Element;

/**
 * Microsoft's Channel Definition Format (a {@code <CHANNEL>} of {@code <ITEM>}s, 1997), which Rome
 * does not read: title, link ({@code HREF}), date ({@code LASTMOD}) and abstract of the channel and
 * its items.
 */
final class CdfFeed {

  private CdfFeed() {}

  static boolean isCdf(Element root) {
    return root.getName().equalsIgnoreCase("channel") && root.getNamespace().getURI().isEmpty();
  }

  static ParsedFeed read(Element channel, List<String> problems) {
    List<FeedEntry> entries = channel.getChildren().stream()
        .filter(e -> e.getName().equalsIgnoreCase("item"))
        .map(CdfFeed::entry)
        .toList();
    return new ParsedFeed("cdf", child(channel, "title"), attribute(channel, "href"), null, null,
        date(attribute(channel, "lastmod")), entries, !problems.isEmpty(), problems);
  }

  private static FeedEntry entry(Element item) {
    String link = attribute(item, "href");
    Instant updated = date(attribute(item, "lastmod"));
    String summary = child(item, "abstract");
    return new FeedEntry(null, child(item, "title"), link, link == null ? List.of() : List.of(link), List.of(),
        null, updated, summary == null ? null : SafeHtml.clean(summary, ""), null, List.of(), Map.of());
  }

  private static String child(Element e, String name) {
    return e.getChildren().stream().filter(c -> c.getName().equalsIgnoreCase(name)).map(Element::getTextTrim).findFirst().orElse(null);
  }

  private static String attribute(Element e, String name) {
    return e.getAttributes().stream().filter(a -> a.getName().equalsIgnoreCase(name)).map(a -> a.getValue().strip()).findFirst().orElse(null);
  }

  private static Instant date(String text) {
    try {
      return text == null ? null : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
