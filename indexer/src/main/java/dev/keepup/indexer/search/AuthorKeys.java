package dev.keepup.indexer.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalised author keys: accents removed, lower case, punctuation dropped, blanks folded, so
 * that "Stuart M. Shieber", "stuart m shieber" and "Stuart  M Shieber" are one key.
 */
final class AuthorKeys {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private AuthorKeys() {}

  static String of(String name) {
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    return NOT_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}
