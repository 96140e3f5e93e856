package dev.keepup.crawler.oai;

import dev.keepup.crawler.SkippedEntry;
import dev.keepup.crawler.xml.SecureXml;
import dev.keepup.crawler.xml.XmlException;
import dev.keepup.model.Paper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Parses an OAI-PMH answer to {@code ListRecords} or {@code ListIdentifiers} into an {@link
 * OaiPage}, reading records in arXiv's metadata format into papers. {@code noRecordsMatch} is an
 * empty last page; every other OAI error is an {@link OaiException} carrying its code and message.
 */
public final class OaiPmhParser {

  static final Namespace OAI = Namespace.getNamespace("http://www.openarchives.org/OAI/2.0/");
  private static final Set<String> LISTS = Set.of("ListRecords", "ListIdentifiers");

  public OaiPage parse(byte[] body) throws OaiException {
    Document document;
    try {
      document = SecureXml.parse(body);
    } catch (XmlException e) {
      throw new OaiException("not an OAI-PMH answer: " + e.getMessage(), e);
    }
    Element root = document.getRootElement();
    if (!root.getName().equals("OAI-PMH") || !OAI.equals(root.getNamespace())) {
      throw new OaiException("not an OAI-PMH answer: root element <" + root.getName() + ">");
    }
    Instant responseDate = responseDate(root);
    Element error = root.getChild("error", OAI);
    if (error != null) {
      String code = error.getAttributeValue("code", "unknown");
      if (code.equals("noRecordsMatch")) {
        return new OaiPage(responseDate, List.of(), List.of(), List.of(), List.of(), null);
      }
      throw new OaiException("OAI-PMH error " + code + ": " + error.getTextNormalize());
    }
    Element list = root.getChildren().stream().filter(e -> LISTS.contains(e.getName())).findFirst().orElse(null);
    if (list == null) {
      return new OaiPage(responseDate, List.of(), List.of(), List.of(), List.of(), null);
    }
    return page(responseDate, list);
  }

  private static OaiPage page(Instant responseDate, Element list) {
    List<String> identifiers = new ArrayList<>();
    List<String> deleted = new ArrayList<>();
    List<Paper> papers = new ArrayList<>();
    List<SkippedEntry> skipped = new ArrayList<>();
    boolean records = list.getName().equals("ListRecords");
    for (Element item : list.getChildren(records ? "record" : "header", OAI)) {
      Element header = records ? item.getChild("header", OAI) : item;
      String identifier = header == null ? "" : header.getChildTextTrim("identifier", OAI);
      identifiers.add(identifier);
      if (header != null && "deleted".equals(header.getAttributeValue("status"))) {
        deleted.add(identifier);
        continue;
      }
      if (records) {
        readRecord(item, identifier, papers, skipped);
      }
    }
    return new OaiPage(responseDate, identifiers, deleted, papers, skipped, list.getChildTextTrim("resumptionToken", OAI));
  }

  private static void readRecord(Element record, String identifier, List<Paper> papers, List<SkippedEntry> skipped) {
    Element metadata = record.getChild("metadata", OAI);
    Element arxiv = metadata == null ? null : metadata.getChild("arXiv", ArxivMetadata.ARXIV);
    if (arxiv == null) {
      skipped.add(new SkippedEntry(identifier, "no metadata in the arXiv format"));
      return;
    }
    try {
      papers.add(ArxivMetadata.toPaper(arxiv));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      skipped.add(new SkippedEntry(identifier, e.getMessage()));
    }
  }

  private static Instant responseDate(Element root) throws OaiException {
    String text = root.getChildTextTrim("responseDate", OAI);
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException | NullPointerException e) {
      throw new OaiException("OAI-PMH answer without a valid responseDate: " + text);
    }
  }
}
