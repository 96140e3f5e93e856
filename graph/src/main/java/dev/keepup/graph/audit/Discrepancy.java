package dev.keepup.graph.audit;

import java.util.List;

/**
 * One kind of inconsistency found in the stores: what it is, how many, and a few examples (ids,
 * keys) for a person to look at.
 *
 * @param kind a short description, e.g. "researchers without papers"
 * @param count how many were found
 * @param examples at most {@link #MAX_EXAMPLES} of them
 */
public record Discrepancy(String kind, long count, List<String> examples) {

  /** Examples kept per kind: enough to look into, short enough to read. */
  public static final int MAX_EXAMPLES = 10;

  public Discrepancy {
    if (kind == null || kind.isBlank() || count < 1) {
      throw new IllegalArgumentException("a discrepancy needs a kind and a positive count");
    }
    examples = List.copyOf(examples.subList(0, Math.min(examples.size(), MAX_EXAMPLES)));
  }

  /** "3 researchers without papers: a, b, c". */
  public String describe() {
    return count + " " + kind + (examples.isEmpty() ? "" : ": " + String.join(", ", examples) + (count > examples.size() ? ", …" : ""));
  }
}
