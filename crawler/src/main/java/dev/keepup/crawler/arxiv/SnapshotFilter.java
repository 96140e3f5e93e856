package dev.keepup.crawler.arxiv;

import dev.keepup.model.Paper;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Which papers of the metadata snapshot to keep.
 *
 * @param categories categories (e.g. {@code cs.LG}) or whole archives (e.g. {@code cs}); a paper
 *     is kept when any of its categories matches; empty keeps all
 * @param from the first submission day kept (of version 1), or null
 * @param to the last submission day kept, or null
 */
public record SnapshotFilter(Set<String> categories, LocalDate from, LocalDate to) {

  public static final SnapshotFilter ALL = new SnapshotFilter(Set.of(), null, null);

  public SnapshotFilter {
    categories = Set.copyOf(categories);
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("the date range ends before it starts: " + from + " to " + to);
    }
  }

  public boolean keeps(Paper paper) {
    LocalDate day = LocalDate.ofInstant(paper.published(), ZoneOffset.UTC);
    if ((from != null && day.isBefore(from)) || (to != null && day.isAfter(to))) {
      return false;
    }
    return categories.isEmpty()
        || paper.categories().stream().anyMatch(c -> categories.contains(c) || categories.contains(archive(c)));
  }

  private static String archive(String category) {
    int dot = category.indexOf('.');
    return dot < 0 ? category : category.substring(0, dot);
  }
}
