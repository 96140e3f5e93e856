package dev.keepup.crawler.feed;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.keepup.crawler.xml.SecureXml;
import dev.keepup.crawler.xml.XmlException;
import org.jdom2.Namespace;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses any RSS 0.9x/1.0/2.0 or Atom 0.3/1.0 feed with Rome into a {@link ParsedFeed}.
 *
 * <p>A strict pass first: {@link SecureXml} (no DTD, no entities) over the text decoded as RFC 3023
 * says. When that fails, a lenient pass heals what it can (unclosed tags, HTML entities, a DOCTYPE,
 * forbidden characters, a wrong declared encoding) and the feed is flagged {@link
 * ParsedFeed#illFormed()}; so is a well-formed feed whose GeoRSS breaks its specification ({@link GeoRss}). Only bytes that no pass can read as a feed raise {@link FeedException}.
 * Parsers take bytes, never URLs; the instance is stateless and thread-safe.
 */
public final class FeedParser {

  /**
   * The problem a feed gets when its DOCTYPE declares entities: never expanded here, but the mark
   * of an XXE or entity-expansion attack. A DOCTYPE that only names a DTD (RSS 0.91's Netscape
   * one) is skipped like any other healed defect.
   */
  public static final String DECLARES_ENTITIES = "the DOCTYPE declares entities, which Keepup never expands";

  /** An internal DTD subset with an entity declaration, in the prolog. */
  private static final Pattern ENTITY_DECLARATION = Pattern.compile("<!DOCTYPE[^\\[>]*\\[[^\\]]*<!ENTITY", Pattern.CASE_INSENSITIVE);

  /** How far into a document its prolog is looked at for entity declarations. */
  private static final int PROLOG_CHARS = 1 << 16;

  /** Parses {@code body} as served with {@code contentType} (the HTTP header, or null). */
  public ParsedFeed parse(byte[] body, String contentType) throws FeedException {
    return parse(body, contentType, null);
  }

  /**
   * Parses {@code body} as served with {@code contentType} (the HTTP header, or null) from {@code
   * base} (the URL it came from after redirects, or null), against which relative links resolve.
   */
  public ParsedFeed parse(byte[] body, String contentType, URI base) throws FeedException {
    FeedDecoder.Decoded decoded = FeedDecoder.decode(body, contentType);
    List<String> problems = new ArrayList<>();
    if (decoded.problem() != null) {
      problems.add(decoded.problem());
    }
    if (decoded.text().isBlank()) {
      throw new FeedException("empty document");
    }
    SyndFeed feed;
    String rootBase = null;
    try {
      org.jdom2.Document document = SecureXml.parse(new StringReader(decoded.text()));
      if (CdfFeed.isCdf(document.getRootElement())) {
        return CdfFeed.read(document.getRootElement(), problems);
      }
      problems.addAll(GeoRss.problems(document.getRootElement()));
      Base64Content.decodeIn(document);
      DialectRepairs.apply(document);
      rootBase = document.getRootElement().getAttributeValue("base", Namespace.XML_NAMESPACE);
      feed = build(document);
    } catch (XmlException e) {
      problems.add("not well-formed XML: " + e.getMessage());
      if (ENTITY_DECLARATION.matcher(decoded.text()).region(0, Math.min(decoded.text().length(), PROLOG_CHARS)).find()) {
        problems.add(DECLARES_ENTITIES);
      }
      feed = lenient(decoded.text());
    }
    return new RomeMapping(Links.base(base, rootBase)).toParsedFeed(feed, problems);
  }

  /**
   * Rome over a parsed document. Rome throws more than its declared exceptions on odd input (an
   * {@code <rss>} without channel, broken base64), so any failure of it is a feed it cannot read.
   */
  private static SyndFeed build(org.jdom2.Document document) throws FeedException {
    try {
      return input().build(document);
    } catch (com.rometools.rome.io.FeedException | RuntimeException e) {
      throw new FeedException("not a feed: " + e, e);
    }
  }

  /** The healing pass; any failure inside it means the bytes are beyond repair. */
  private static SyndFeed lenient(String text) throws FeedException {
    org.w3c.dom.Document document;
    try {
      document = LenientXml.parse(text);
    } catch (RuntimeException e) {
      throw new FeedException("not readable even leniently: " + e.getMessage(), e);
    }
    try {
      return input().build(document);
    } catch (com.rometools.rome.io.FeedException | RuntimeException e) {
      throw new FeedException("not a feed: " + e, e);
    }
  }

  private static SyndFeedInput input() {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false);
    input.setXmlHealerOn(false);
    input.setPreserveWireFeed(true);
    return input;
  }
}
