package dev.keepup.graph;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key that identifies a researcher in the graph: the normalised full name (accents folded,
 * case folded, punctuation and spacing made uniform). Two name forms merge only when their keys are
 * equal, so "Csaba Balázs" and "Csaba Balazs" are one researcher, "C. Balázs" another.
 */
public final class ResearcherKeys {

  private ResearcherKeys() {}

  public static String of(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    String noMarks = decomposed.replaceAll("\\p{M}+", "");
    String folded = noMarks.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return folded.isEmpty() ? name.strip().toLowerCase(Locale.ROOT) : folded;
  }
}
