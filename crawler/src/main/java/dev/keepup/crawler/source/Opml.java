package dev.keepup.crawler.source;

import dev.keepup.crawler.xml.SecureXml;
import dev.keepup.crawler.xml.XmlException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.filter.Filters;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * OPML, the format feed readers exchange subscription lists in: import every outline with an
 * {@code xmlUrl} (folders at any depth), export the blog list as OPML 2.0.
 */
public final class Opml {

  private Opml() {}

  /**
   * The feeds of an OPML document as blog sources, each once; ids come from the feed's host and
   * path. Outlines whose {@code xmlUrl} is not an http(s) URL are left out.
   */
  public static List<BlogSource> read(byte[] opml) throws XmlException {
    Document document = SecureXml.parse(opml);
    if (!document.getRootElement().getName().equals("opml")) {
      throw new XmlException("not OPML: root element <" + document.getRootElement().getName() + ">", null);
    }
    Map<URI, BlogSource> blogs = new LinkedHashMap<>();
    for (Element outline : document.getRootElement().getDescendants(Filters.element("outline"))) {
      URI feed = web(outline.getAttributeValue("xmlUrl"));
      if (feed == null || blogs.containsKey(feed)) {
        continue;
      }
      String title = outline.getAttributeValue("title", outline.getAttributeValue("text", ""));
      blogs.put(feed, new BlogSource(idOf(feed), title, feed, web(outline.getAttributeValue("htmlUrl"))));
    }
    return List.copyOf(blogs.values());
  }

  /** The blogs as an OPML 2.0 document, UTF-8. */
  public static String write(String title, List<BlogSource> blogs, ZonedDateTime created) {
    Element head = new Element("head")
        .addContent(new Element("title").setText(title))
        .addContent(new Element("dateCreated").setText(DateTimeFormatter.RFC_1123_DATE_TIME.format(created.withZoneSameInstant(ZoneOffset.UTC))));
    Element body = new Element("body");
    for (BlogSource blog : blogs) {
      Element outline = new Element("outline")
          .setAttribute("type", "rss")
          .setAttribute("text", blog.name())
          .setAttribute("title", blog.name())
          .setAttribute("xmlUrl", blog.feed().toString());
      if (blog.home() != null) {
        outline.setAttribute("htmlUrl", blog.home().toString());
      }
      body.addContent(outline);
    }
    Element opml = new Element("opml").setAttribute("version", "2.0").addContent(head).addContent(body);
    return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(new Document(opml));
  }

  /** A stable id for a feed: host and path, lower case, other characters as '-'. */
  static String idOf(URI feed) {
    String raw = (feed.getHost() + feed.getPath()).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    String id = raw.replaceAll("[^a-z0-9._]+", "-").replaceAll("^-+|-+$", "");
    return id.isEmpty() ? "feed" : id;
  }

  private static URI web(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(s.strip());
      return uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
