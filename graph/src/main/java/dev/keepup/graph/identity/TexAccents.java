package dev.keepup.graph.identity;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the TeX accents and special letters that arXiv author lists carry ({@code Bal\'azs},
 * {@code Nguy\~ên}, {@code \o}, {@code \ss}) into Unicode, and drops the TeX debris around names
 * ({@code \and}, {@code \\}, braces). Hand-written because the one maintained Java-world decoder
 * (latex2unicode) brings a Scala runtime for a few dozen mappings.
 */
final class TexAccents {

  private TexAccents() {}

  /** Accent commands and the Unicode combining mark each one puts on the following letter. */
  private static final Map<Character, Character> MARKS =
      Map.ofEntries(
          Map.entry('`', '\u0300'), Map.entry('\'', '\u0301'), Map.entry('^', '\u0302'),
          Map.entry('~', '\u0303'), Map.entry('=', '\u0304'), Map.entry('u', '\u0306'),
          Map.entry('.', '\u0307'), Map.entry('"', '\u0308'), Map.entry('r', '\u030A'),
          Map.entry('H', '\u030B'), Map.entry('v', '\u030C'), Map.entry('d', '\u0323'),
          Map.entry('c', '\u0327'), Map.entry('k', '\u0328'), Map.entry('b', '\u0331'),
          Map.entry('D', '\u0323'));

  private static final Map<String, String> LETTERS =
      Map.ofEntries(
          Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("l", "ł"), Map.entry("L", "Ł"),
          Map.entry("ss", "ß"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("oe", "œ"),
          Map.entry("OE", "Œ"), Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("i", "ı"),
          Map.entry("j", "ȷ"));

  /** {@code \'a}, {@code \'{a}}, {@code {\'a}}, {@code \'\i}, {@code \v{s}}, {@code \c c}. */
  private static final Pattern ACCENT =
      Pattern.compile("\\\\([`'^~=.\"]|[uvHrdckbD](?=[\\s{]))\\s*\\{?\\s*(\\\\i|\\\\j|\\p{L})\\s*}?");

  private static final Pattern LETTER = Pattern.compile("\\\\(ss|ae|AE|oe|OE|aa|AA|[oOlLij])(?![A-Za-z])\\s?");
  private static final Pattern COMMAND = Pattern.compile("\\\\(and|\\\\)|\\\\[A-Za-z]+\\s?|\\\\");

  /** The name with TeX accents decoded, TeX debris removed and Unicode in NFC. */
  static String decode(String text) {
    if (text.indexOf('\\') < 0 && text.indexOf('{') < 0) {
      return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
    Matcher m = ACCENT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String base = m.group(2);
      String letter = base.startsWith("\\") ? base.substring(1) : base; // \'\i is an accented i
      m.appendReplacement(out, Matcher.quoteReplacement(letter + MARKS.get(m.group(1).charAt(0))));
    }
    m.appendTail(out);
    Matcher l = LETTER.matcher(out.toString());
    StringBuilder letters = new StringBuilder();
    while (l.find()) {
      l.appendReplacement(letters, Matcher.quoteReplacement(LETTERS.get(l.group(1))));
    }
    l.appendTail(letters);
    String cleaned = COMMAND.matcher(letters).replaceAll(" ").replace("{", "").replace("}", "");
    return Normalizer.normalize(cleaned.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
  }
}
