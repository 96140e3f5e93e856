package dev.keepup.model;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One version of an arXiv paper as a source described it.
 *
 * @param id the arXiv id without version
 * @param version the version number, 1 or more
 * @param title the title, white space folded
 * @param summary the abstract
 * @param authors in the order of the paper
 * @param categories arXiv categories, the primary one first; never empty
 * @param published when version 1 was submitted
 * @param updated when this version was submitted
 * @param doi the DOI, or null
 * @param journalRef the journal reference, or null
 * @param comment the authors' comment (pages, figures, venue), or null
 */
public record Paper(
    PaperId id,
    int version,
    String title,
    String summary,
    List<Author> authors,
    List<String> categories,
    Instant published,
    Instant updated,
    String doi,
    String journalRef,
    String comment) {

  public Paper {
    Objects.requireNonNull(id, "id");
    if (version < 1) {
      throw new IllegalArgumentException("version must be 1 or more: " + version);
    }
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("paper " + id + " has no title");
    }
    title = title.strip().replaceAll("\\s+", " ");
    summary = summary == null ? "" : summary.strip();
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("paper " + id + " has no category");
    }
    Objects.requireNonNull(published, "published");
    updated = updated == null ? published : updated;
    doi = blankToNull(doi);
    journalRef = blankToNull(journalRef);
    comment = blankToNull(comment);
  }

  public String primaryCategory() {
    return categories.getFirst();
  }

  public URI absUrl() {
    return URI.create("https://arxiv.org/abs/" + id + "v" + version);
  }

  public URI pdfUrl() {
    return URI.create("https://arxiv.org/pdf/" + id + "v" + version);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip().replaceAll("\\s+", " ");
  }
}
