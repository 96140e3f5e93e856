package dev.keepup.crawler.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;

/**
 * Parses untrusted XML into a JDOM document with every entity mechanism switched off: a document
 * type declaration is refused outright, so neither external entities (XXE) nor entity expansion
 * ("billion laughs") can happen, and nothing is ever fetched while parsing.
 */
public final class SecureXml {

  private SecureXml() {}

  /** Parses bytes whose encoding the XML declaration or byte-order mark gives. */
  public static Document parse(byte[] xml) throws XmlException {
    return parse(new InputSource(new ByteArrayInputStream(xml)));
  }

  /** Parses a stream whose encoding the XML declaration or byte-order mark gives. */
  public static Document parse(InputStream xml) throws XmlException {
    return parse(new InputSource(xml));
  }

  /** Parses characters already decoded. */
  public static Document parse(Reader xml) throws XmlException {
    return parse(new InputSource(xml));
  }

  private static Document parse(InputSource source) throws XmlException {
    try {
      return builder().build(source);
    } catch (JDOMException e) {
      throw new XmlException(firstLine(e), e);
    } catch (IOException e) {
      throw new XmlException("cannot read XML: " + firstLine(e), e);
    }
  }

  private static SAXBuilder builder() {
    SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
    builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
    builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    builder.setExpandEntities(false);
    builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    builder.setReuseParser(false);
    return builder;
  }

  private static String firstLine(Exception e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
