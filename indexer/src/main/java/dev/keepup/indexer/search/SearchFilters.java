package dev.keepup.indexer.search;

import java.time.LocalDate;
import java.util.Set;

/**
 * Exact filters of a search; each non-empty set keeps papers with ANY of its values, and all
 * filters must hold. Values are literal: they never go through the query parser.
 *
 * @param from first submission on or after this day (UTC), or null
 * @param to first submission on or before this day (UTC), or null
 * @param categories arXiv categories, e.g. {@code cs.LG}
 * @param topics topic labels, case ignored
 * @param skills skill labels, case ignored
 * @param authors author names, matched on their normalised key (accents, case, dots ignored)
 * @param sources source keys, e.g. {@code arxiv}
 */
public record SearchFilters(
    LocalDate from, LocalDate to, Set<String> categories, Set<String> topics, Set<String> skills,
    Set<String> authors, Set<String> sources) {

  /** At most this many values per filter. */
  public static final int MAX_VALUES = 100;

  public static final SearchFilters NONE = new SearchFilters(null, null, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

  public SearchFilters {
    if (from != null && to != null && from.isAfter(to)) {
      throw new QuerySyntaxException("the date range is empty: from " + from + " is after to " + to, null);
    }
    categories = bounded("categories", categories);
    topics = bounded("topics", topics);
    skills = bounded("skills", skills);
    authors = bounded("authors", authors);
    sources = bounded("sources", sources);
  }

  private static Set<String> bounded(String name, Set<String> values) {
    if (values == null) {
      return Set.of();
    }
    if (values.size() > MAX_VALUES) {
      throw new QuerySyntaxException("at most " + MAX_VALUES + " " + name + " can be given, not " + values.size(), null);
    }
    for (String v : values) {
      if (v == null || v.isBlank()) {
        throw new QuerySyntaxException("a blank value among the " + name, null);
      }
    }
    return Set.copyOf(values);
  }

  public SearchFilters withDates(LocalDate from, LocalDate to) {
    return new SearchFilters(from, to, categories, topics, skills, authors, sources);
  }

  public SearchFilters withCategories(Set<String> values) {
    return new SearchFilters(from, to, values, topics, skills, authors, sources);
  }

  public SearchFilters withTopics(Set<String> values) {
    return new SearchFilters(from, to, categories, values, skills, authors, sources);
  }

  public SearchFilters withSkills(Set<String> values) {
    return new SearchFilters(from, to, categories, topics, values, authors, sources);
  }

  public SearchFilters withAuthors(Set<String> values) {
    return new SearchFilters(from, to, categories, topics, skills, values, sources);
  }

  public SearchFilters withSources(Set<String> values) {
    return new SearchFilters(from, to, categories, topics, skills, authors, values);
  }
}
