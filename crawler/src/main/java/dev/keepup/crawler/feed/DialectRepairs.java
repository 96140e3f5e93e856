package dev.keepup.crawler.feed;

import java.util.ArrayList;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.filter.Filters;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * Rewrites well-formed dialects into what Rome reads: a {@code <feed>} in no or an unknown
 * namespace (early Atom drafts, "echo") becomes Atom 0.3 or 1.0 by its version; an Atom {@code
 * <link>} that gives its URL as text gets an {@code href}; an RSS item's full text in a bare {@code
 * <body>}, {@code <fullitem>} or {@code <summary>} becomes {@code content:encoded}; an RSS channel's
 * {@code <author>} becomes its {@code managingEditor}; an {@code <rss>} without channel gets an
 * empty one; a podcast feed's element names are read regardless of case, as iTunes reads them.
 */
final class DialectRepairs {

  static final Namespace ATOM_03 = Namespace.getNamespace("http://purl.org/atom/ns#");
  static final Namespace ATOM_10 = Namespace.getNamespace("http://www.w3.org/2005/Atom");

  private DialectRepairs() {}

  private static final String ITUNES = "http://www.itunes.com/DTDs/Podcast-1.0.dtd";
  private static final List<String> TEXT_CONSTRUCTS = List.of("title", "subtitle", "summary", "content", "rights", "tagline", "info", "copyright");
  private static final List<String> ESCAPED_TYPES = List.of("html", "text", "text/html", "text/plain");

  static final Namespace CONTENT = Namespace.getNamespace("content", "http://purl.org/rss/1.0/modules/content/");

  static void apply(Document document) {
    Element root = document.getRootElement();
    if (root.getName().equals("rss")) {
      repairRss(root);
    } else if (root.getName().equals("feed")) {
      repairAtom(root);
    }
  }

  private static void repairRss(Element rss) {
    lowerCaseItunesNames(rss);
    Element channel = rss.getChild("channel");
    if (channel == null) { // an <rss> with nothing in it is an empty feed, not a broken one
      channel = new Element("channel", rss.getNamespace());
      rss.addContent(channel);
    }
    Element author = channel.getChild("author");
    if (author != null && channel.getChild("managingEditor") == null) {
      author.setName("managingEditor");
    }
    for (Element item : channel.getChildren("item")) {
      if (item.getChild("encoded", CONTENT) != null) {
        continue;
      }
      summaryBeforeDescription(item);
      for (String name : List.of("body", "fullitem", "summary")) {
        Element full = item.getChildren().stream().filter(c -> c.getName().equals(name)).findFirst().orElse(null);
        if (full != null) {
          String html = name.equals("body") ? new XMLOutputter(Format.getRawFormat()).outputElementContentString(full) : full.getText();
          item.addContent(new Element("encoded", CONTENT).setText(html));
          break;
        }
      }
    }
  }

  /**
   * A bare {@code <summary>} before the {@code <description>} is the item's summary and the
   * description its full text (as the Universal Feed Parser reads them).
   */
  private static void summaryBeforeDescription(Element item) {
    Element summary = item.getChild("summary");
    Element description = item.getChild("description");
    if (summary != null && description != null && item.indexOf(summary) < item.indexOf(description)) {
      item.addContent(new Element("encoded", CONTENT).setText(description.getText()));
      description.setText(summary.getText());
      item.removeContent(summary);
    }
  }

  private static void repairAtom(Element root) {
    Namespace own = root.getNamespace();
    if (!own.equals(ATOM_03) && !own.equals(ATOM_10)) {
      Namespace atom = "0.3".equals(root.getAttributeValue("version")) ? ATOM_03 : ATOM_10;
      for (Element e : elements(root)) {
        if (e.getNamespace().equals(own)) {
          e.setNamespace(atom);
        }
      }
    }
    for (Element e : elements(root)) {
      if (e.getName().equals("link") && e.getAttribute("href") == null && !e.getTextTrim().isEmpty()) {
        e.setAttribute("href", e.getTextTrim());
      }
      if (TEXT_CONSTRUCTS.contains(e.getName()) && ESCAPED_TYPES.contains(e.getAttributeValue("type", "")) && !e.getChildren().isEmpty()) {
        e.setText(e.getValue()); // html or text may hold no elements: read what they wrap as the text it is
      }
    }
  }

  /**
   * iTunes reads the RSS element names of a podcast feed regardless of case, and podcast feeds rely
   * on it: in a feed that declares the iTunes namespace, un-namespaced names are lower-cased.
   */
  private static void lowerCaseItunesNames(Element rss) {
    if (rss.getAdditionalNamespaces().stream().noneMatch(n -> n.getURI().equals(ITUNES))) {
      return;
    }
    for (Element e : elements(rss)) {
      if (e.getNamespace().equals(Namespace.NO_NAMESPACE)) {
        e.setName(e.getName().toLowerCase(java.util.Locale.ROOT));
      }
    }
  }

  private static List<Element> elements(Element root) {
    List<Element> all = new ArrayList<>();
    all.add(root);
    root.getDescendants(Filters.element()).forEach(all::add);
    return all;
  }
}
