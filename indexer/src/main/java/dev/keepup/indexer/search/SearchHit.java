package dev.keepup.indexer.search;

import java.time.Instant;
import java.util.List;

/**
 * One ranked result of a search.
 *
 * @param published when version 1 was submitted; null only for documents that are not papers
 * @param titleHighlight the title as HTML-escaped text with matches in {@code <mark>}, or null
 * @param snippet the best passages of the abstract as HTML-escaped text with matches in
 *     {@code <mark>}, or null when snippets were not asked for
 */
public record SearchHit(
    String id,
    int version,
    String title,
    List<String> authors,
    List<String> categories,
    Instant published,
    Instant updated,
    float score,
    List<String> topics,
    List<String> skills,
    String source,
    String titleHighlight,
    String snippet) {

  public SearchHit {
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
    topics = List.copyOf(topics);
    skills = List.copyOf(skills);
  }

  /** A hit without tags and highlights. */
  public SearchHit(
      String id, int version, String title, List<String> authors, List<String> categories,
      Instant published, Instant updated, float score) {
    this(id, version, title, authors, categories, published, updated, score, List.of(), List.of(), null, null, null);
  }
}
