package dev.keepup.crawler.feed;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.impl.DateParser;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.jsoup.parser.Parser;

/** Maps Rome's model to Keepup's {@link ParsedFeed}, resolving relative links against one base. */
final class RomeMapping {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  private static final Pattern XHTML_WRAPPER = Pattern.compile("(?s)^\\s*<div[^>]*>(.*)</div>\\s*$");
  private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!?]|&[#A-Za-z]");

  private final URI base;
  private final String baseText;

  RomeMapping(URI base) {
    this.base = base;
    this.baseText = base == null ? "" : base.toString();
  }

  ParsedFeed toParsedFeed(SyndFeed feed, List<String> problems) {
    Map<String, String> extensions = extensions(feed.getForeignMarkup());
    DCModule dc = (DCModule) feed.getModule(DCModule.URI);
    String editor = feed.originalWireFeed() instanceof Channel channel ? channel.getManagingEditor() : null;
    List<String> authors = authors(feed.getAuthors(), firstNonBlank(feed.getAuthor(), editor), extensions);
    String title = firstNonBlank(safe(feed.getTitleEx()), dc == null ? null : dc.getTitle());
    return new ParsedFeed(
        feed.getFeedType(),
        title != null ? title : extensions.get("dc:title"),
        Links.resolve(base, blankToNull(feed.getLink())),
        Links.resolvePath(base, blankToNull(feed.getUri())),
        authors.isEmpty() ? null : authors.getFirst(),
        orModified(instant(feed.getPublishedDate()), extensions),
        feed.getEntries().stream().map(this::toEntry).toList(),
        !problems.isEmpty(),
        problems);
  }

  private FeedEntry toEntry(SyndEntry entry) {
    Map<String, String> extensions = extensions(entry.getForeignMarkup());
    String summary = safe(entry.getDescription());
    if (summary == null && extensions.containsKey("itunes:summary")) {
      summary = extensions.get("itunes:summary");
    }
    String content = entry.getContents().isEmpty() ? xhtmlBody(entry.getForeignMarkup()) : safe(entry.getContents().getFirst());
    DCModule dc = (DCModule) entry.getModule(DCModule.URI);
    String title = firstNonBlank(safe(titleOf(entry)), dc == null ? null : dc.getTitle(), extensions.get("media:title"));
    return new FeedEntry(
        Links.resolvePath(base, blankToNull(entry.getUri())),
        title,
        Links.resolve(base, blankToNull(entry.getLink())),
        links(entry),
        authors(entry.getAuthors(), entry.getAuthor(), extensions),
        instant(entry.getPublishedDate()),
        orModified(instant(entry.getUpdatedDate()), extensions),
        summary,
        content,
        entry.getCategories().stream().map(SyndCategory::getName).filter(n -> n != null && !n.isBlank()).map(String::strip).toList(),
        extensions);
  }

  /**
   * The entry's title with its type. Rome's Atom 0.3 conversion drops the type of a title, and
   * with it the fact that a {@code text/plain} title is text whose brackets are no markup; the
   * Atom entry as read (kept with {@code preserveWireFeed}) still has it.
   */
  private static SyndContent titleOf(SyndEntry entry) {
    SyndContent title = entry.getTitleEx();
    if (title != null && title.getType() == null && entry.getWireEntry() instanceof Entry atom && atom.getTitleEx() != null) {
      SyndContent typed = new SyndContentImpl();
      typed.setType(atom.getTitleEx().getType());
      typed.setValue(title.getValue());
      return typed;
    }
    return title;
  }

  /** Text stays as it is; anything that is or may be markup is cleaned, XHTML unwrapped first. */
  private String safe(SyndContent content) {
    if (content == null || content.getValue() == null) {
      return null;
    }
    String value = content.getValue();
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    if (type.equals("text/plain")) { // Atom 0.3 text, which Rome hands over as serialised XML
      return Parser.unescapeEntities(value, false);
    }
    if (type.equals("text") || (type.isEmpty() && !MARKUP.matcher(value).find())) {
      return value;
    }
    if (type.equals("xhtml")) { // Atom 1.0 wraps XHTML in a div that is not part of the content
      Matcher wrapper = XHTML_WRAPPER.matcher(value);
      value = wrapper.matches() ? wrapper.group(1) : value;
    }
    return SafeHtml.clean(value, baseText);
  }

  /** An RSS item's XHTML {@code <body>} extension, as content. */
  private String xhtmlBody(List<Element> foreign) {
    for (Element element : foreign) {
      if (element.getName().equals("body") && XHTML.equals(element.getNamespaceURI())) {
        return SafeHtml.clean(new XMLOutputter(Format.getRawFormat()).outputElementContentString(element), baseText);
      }
    }
    return null;
  }

  private List<String> links(SyndEntry entry) {
    Set<String> links = new LinkedHashSet<>();
    if (entry.getLink() != null && !entry.getLink().isBlank()) {
      links.add(Links.resolve(base, entry.getLink().strip()));
    }
    for (SyndLink link : entry.getLinks()) {
      if (link.getHref() != null && !link.getHref().isBlank()) {
        links.add(Links.resolve(base, link.getHref().strip()));
      }
    }
    return List.copyOf(links);
  }

  private static List<String> authors(List<SyndPerson> people, String single, Map<String, String> extensions) {
    List<String> names = new ArrayList<>();
    for (SyndPerson person : people) {
      if (person.getName() != null && !person.getName().isBlank()) {
        String email = person.getEmail() == null || person.getEmail().isBlank() ? "" : " (" + person.getEmail().strip() + ")";
        names.add(person.getName().strip() + email);
      }
    }
    for (String fallback : new String[] {single, extensions.get("dc:author"), extensions.get("itunes:author")}) {
      if (names.isEmpty() && fallback != null && !fallback.isBlank()) {
        names.add(fallback.strip());
      }
    }
    return names;
  }

  private static Map<String, String> extensions(List<Element> foreign) {
    Map<String, String> extensions = new LinkedHashMap<>();
    for (Element element : foreign) {
      String key = element.getNamespacePrefix().isEmpty() ? element.getName() : element.getQualifiedName();
      extensions.putIfAbsent(key, element.getTextNormalize());
    }
    return extensions;
  }

  /** {@code date}, or else the Dublin Core {@code dcterms:modified} date when it is readable. */
  private static Instant orModified(Instant date, Map<String, String> extensions) {
    String modified = extensions.get("dcterms:modified");
    if (date != null || modified == null) {
      return date;
    }
    Date parsed = DateParser.parseW3CDateTime(modified, Locale.ROOT);
    return instant(parsed);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
