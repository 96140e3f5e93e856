package dev.keepup.api.http;

import dev.keepup.graph.StoredPaper;
import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** A paper as the HTTP API shows it. */
public record PaperView(
    String id, int version, String title, String summary, List<Author> authors, String primaryCategory,
    List<String> categories, Instant published, Instant updated, Instant firstSeen, String doi,
    String journalRef, String comment, URI absUrl, URI pdfUrl) {

  static PaperView of(StoredPaper stored) {
    Paper p = stored.paper();
    return new PaperView(
        p.id().value(), p.version(), p.title(), p.summary(), p.authors(), p.primaryCategory(), p.categories(),
        p.published(), p.updated(), stored.firstSeen(), p.doi(), p.journalRef(), p.comment(), p.absUrl(), p.pdfUrl());
  }
}
