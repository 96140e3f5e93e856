package dev.keepup.crawler.oai;

import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * Maps a record in arXiv's OAI metadata format ({@code metadataPrefix=arXiv}) to a {@link Paper}.
 * The format carries no version number: papers come out as version 1 with {@code updated} set to
 * the last update date, and an ingest must never let them lower a version it already has.
 */
final class ArxivMetadata {

  static final Namespace ARXIV = Namespace.getNamespace("http://arxiv.org/OAI/arXiv/");

  private ArxivMetadata() {}

  static Paper toPaper(Element arxiv) {
    String created = arxiv.getChildTextTrim("created", ARXIV);
    String updated = arxiv.getChildTextTrim("updated", ARXIV);
    if (created == null || created.isEmpty()) {
      throw new IllegalArgumentException("no created date");
    }
    String categories = arxiv.getChildTextTrim("categories", ARXIV);
    return new Paper(
        PaperId.of(arxiv.getChildTextTrim("id", ARXIV)),
        1,
        arxiv.getChildText("title", ARXIV),
        arxiv.getChildText("abstract", ARXIV),
        authors(arxiv),
        categories == null ? List.of() : Arrays.asList(categories.split("\\s+")),
        day(created),
        updated == null || updated.isEmpty() ? null : day(updated),
        arxiv.getChildTextTrim("doi", ARXIV),
        arxiv.getChildTextTrim("journal-ref", ARXIV),
        arxiv.getChildTextTrim("comments", ARXIV));
  }

  private static List<Author> authors(Element arxiv) {
    Element authors = arxiv.getChild("authors", ARXIV);
    if (authors == null) {
      return List.of();
    }
    return authors.getChildren("author", ARXIV).stream()
        .map(a -> new Author(
            String.join(" ", nonBlank(a.getChildTextTrim("forenames", ARXIV), a.getChildTextTrim("keyname", ARXIV), a.getChildTextTrim("suffix", ARXIV))),
            a.getChildren("affiliation", ARXIV).stream().map(Element::getTextNormalize).filter(s -> !s.isEmpty()).toList()))
        .toList();
  }

  private static List<String> nonBlank(String... parts) {
    return Arrays.stream(parts).filter(p -> p != null && !p.isEmpty()).toList();
  }

  private static Instant day(String date) {
    return LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
