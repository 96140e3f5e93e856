package dev.keepup.crawler.arxiv;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedInput;
import dev.keepup.crawler.xml.SecureXml;
import dev.keepup.crawler.xml.XmlException;
import dev.keepup.model.Author;
import dev.keepup.crawler.SkippedEntry;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Parses an answer of the arXiv API ({@code export.arxiv.org/api/query}) into an {@link
 * ArxivApiPage}. The Atom is read by Rome from a document that {@link SecureXml} parsed, so no DTD
 * or entity is ever processed. An entry that cannot become a {@link Paper} is reported in {@link
 * ArxivApiPage#skipped()}; the API's error feed becomes an {@link ArxivApiException}.
 */
public final class ArxivApiParser {

  static final Namespace ATOM = Namespace.getNamespace("http://www.w3.org/2005/Atom");
  static final Namespace ARXIV = Namespace.getNamespace("arxiv", "http://arxiv.org/schemas/atom");
  static final Namespace OPENSEARCH = Namespace.getNamespace("opensearch", "http://a9.com/-/spec/opensearch/1.1/");

  /** Parses the bytes of one API answer. */
  public ArxivApiPage parse(byte[] body) throws ArxivApiException {
    return parse(new ByteArrayInputStream(body));
  }

  /** Parses one API answer read from {@code body}; the caller closes the stream. */
  public ArxivApiPage parse(InputStream body) throws ArxivApiException {
    Document document;
    Feed feed;
    try {
      document = SecureXml.parse(body);
      WireFeed wire = new WireFeedInput().build(document);
      if (!(wire instanceof Feed atom)) {
        throw new ArxivApiException("not an Atom feed but " + wire.getFeedType());
      }
      feed = atom;
    } catch (XmlException | FeedException | IllegalArgumentException e) {
      throw new ArxivApiException("not an arXiv API answer: " + e.getMessage(), e);
    }
    List<Element> entryElements = document.getRootElement().getChildren("entry", ATOM);
    List<Entry> entries = feed.getEntries();
    throwIfError(entries);
    List<Paper> papers = new ArrayList<>();
    List<SkippedEntry> skipped = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      try {
        papers.add(toPaper(entry, entryElements.get(i)));
      } catch (RuntimeException e) {
        skipped.add(new SkippedEntry(entry.getId(), String.valueOf(e.getMessage())));
      }
    }
    Element root = document.getRootElement();
    return new ArxivApiPage(
        number(root, "totalResults", entries.size()),
        (int) number(root, "startIndex", 0),
        (int) number(root, "itemsPerPage", entries.size()),
        papers,
        skipped);
  }

  private static void throwIfError(List<Entry> entries) throws ArxivApiException {
    if (entries.size() == 1 && isErrorId(entries.getFirst().getId())) {
      Entry error = entries.getFirst();
      String message = error.getSummary() == null ? error.getId() : error.getSummary().getValue();
      throw new ArxivApiException("arXiv API error: " + message.strip());
    }
  }

  private static boolean isErrorId(String id) {
    return id != null && id.contains("arxiv.org/api/errors");
  }

  private static Paper toPaper(Entry entry, Element element) {
    PaperId.Versioned id = PaperId.parse(entry.getId());
    return new Paper(
        id.id(),
        Math.max(1, id.version()),
        entry.getTitle(),
        entry.getSummary() == null ? "" : entry.getSummary().getValue(),
        authors(element),
        categories(entry, element),
        instant(entry.getPublished()),
        instant(entry.getUpdated()),
        element.getChildText("doi", ARXIV),
        element.getChildText("journal_ref", ARXIV),
        element.getChildText("comment", ARXIV));
  }

  private static List<Author> authors(Element entry) {
    List<Author> authors = new ArrayList<>();
    for (Element author : entry.getChildren("author", ATOM)) {
      List<String> affiliations =
          author.getChildren("affiliation", ARXIV).stream()
              .map(Element::getTextNormalize)
              .filter(s -> !s.isEmpty())
              .toList();
      authors.add(new Author(author.getChildText("name", ATOM), affiliations));
    }
    return authors;
  }

  private static List<String> categories(Entry entry, Element element) {
    Set<String> categories = new LinkedHashSet<>();
    Element primary = element.getChild("primary_category", ARXIV);
    if (primary != null && !primary.getAttributeValue("term", "").isBlank()) {
      categories.add(primary.getAttributeValue("term").strip());
    }
    for (Category category : entry.getCategories()) {
      if (category.getTerm() != null && !category.getTerm().isBlank()) {
        categories.add(category.getTerm().strip());
      }
    }
    return List.copyOf(categories);
  }

  private static java.time.Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  private static long number(Element root, String name, long fallback) {
    String text = root.getChildTextTrim(name, OPENSEARCH);
    if (text == null || text.isEmpty()) {
      return fallback;
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
