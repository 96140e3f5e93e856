package dev.keepup.indexer.nlp;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;

/**
 * Turns the raw text of a title or abstract into plain prose for the tagger: HTML tags and
 * entities, URLs, LaTeX math and commands, TeX accents and control characters are removed or
 * resolved, whitespace is collapsed, and the result is capped at {@code maxChars} so tagging time
 * stays bounded whatever arrives. A pure function; safe to share between threads.
 */
final class TextCleaner {

  private static final Pattern URL =
      Pattern.compile("(?i)\\b(?:https?|ftp)://[^\\s<>\"]{1,2000}|\\bwww\\.[^\\s<>\"]{1,2000}");
  /** {@code \'e}, {@code \'{e}}, {@code {\'e}}, {@code \c{c}}, {@code \v s}: one accented letter. */
  private static final Pattern ACCENT =
      Pattern.compile("\\{?\\\\(['`^\"~=.]|[cuvHk](?=[{ ]))\\s?\\{?\\\\?([A-Za-z])\\}?\\}?");
  private static final Map<String, Character> COMBINING =
      Map.ofEntries(
          Map.entry("'", '\u0301'),
          Map.entry("`", '\u0300'),
          Map.entry("^", '\u0302'),
          Map.entry("\"", '\u0308'),
          Map.entry("~", '\u0303'),
          Map.entry("=", '\u0304'),
          Map.entry(".", '\u0307'),
          Map.entry("u", '\u0306'),
          Map.entry("v", '\u030C'),
          Map.entry("H", '\u030B'),
          Map.entry("c", '\u0327'),
          Map.entry("k", '\u0328'));
  private static final Pattern DISPLAY_MATH =
      Pattern.compile("\\$\\$[^$]{0,5000}\\$\\$|\\\\\\[.{0,5000}?\\\\\\]", Pattern.DOTALL);
  private static final Pattern INLINE_MATH =
      Pattern.compile("\\$([^$]{0,2000})\\$|\\\\\\((.{0,2000}?)\\\\\\)", Pattern.DOTALL);
  private static final Pattern SIMPLE_SYMBOL = Pattern.compile("[\\p{L}\\p{N}]{1,20}");
  /** Commands whose argument is not prose: citations, references, labels, URLs. */
  private static final Pattern DROPPED_COMMAND =
      Pattern.compile("\\\\(?:cite[a-z]*|ref|eqref|label|url|footnote)\\*?(?:\\[[^\\]]{0,200}\\])?\\{[^{}]{0,500}\\}");
  /** {@code \emph{x}}, {@code \textbf{x}} and any other one-argument command keep their argument. */
  private static final Pattern TEXT_COMMAND = Pattern.compile("\\\\[A-Za-z]+\\*?\\{([^{}]{0,2000})\\}");
  private static final Pattern BARE_COMMAND = Pattern.compile("\\\\[A-Za-z]+\\*?|\\\\.");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}&&[^\\n]]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final int maxChars;

  TextCleaner(int maxChars) {
    if (maxChars < 1) {
      throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    }
    this.maxChars = maxChars;
  }

  /** Returns the cleaned text, never null; empty when nothing readable is left. */
  String clean(String raw) {
    if (raw == null || raw.isBlank()) {
      return "";
    }
    // Cap before the regular expressions run too, with room for markup that cleaning removes.
    String text = raw.length() > 4L * maxChars ? raw.substring(0, 4 * maxChars) : raw;
    text = CONTROL.matcher(text).replaceAll(" ");
    text = stripHtml(text);
    text = URL.matcher(text).replaceAll(" ");
    text = resolveAccents(text);
    text = DISPLAY_MATH.matcher(text).replaceAll(" ");
    text = INLINE_MATH.matcher(text).replaceAll(TextCleaner::mathReplacement);
    text = DROPPED_COMMAND.matcher(text).replaceAll(" ");
    for (int pass = 0; pass < 3 && text.indexOf('\\') >= 0; pass++) {
      text = TEXT_COMMAND.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    }
    text = BARE_COMMAND.matcher(text).replaceAll(" ");
    text = text.replace('{', ' ').replace('}', ' ').replace('~', ' ');
    text = SPACES.matcher(text).replaceAll(" ").strip();
    text = Normalizer.normalize(text, Normalizer.Form.NFC);
    return text.length() > maxChars ? cutAtSpace(text) : text;
  }

  private String cutAtSpace(String text) {
    int cut = text.lastIndexOf(' ', maxChars);
    return text.substring(0, cut > maxChars / 2 ? cut : maxChars);
  }

  /** Simple math such as {@code $k$} or {@code $L_2$} keeps its symbol; formulas become a gap. */
  private static String mathReplacement(MatchResult m) {
    String body = m.group(1) != null ? m.group(1) : m.group(2);
    String symbol = body.strip().replace("_", "").replace("^", "").replace("{", "").replace("}", "");
    return SIMPLE_SYMBOL.matcher(symbol).matches() ? Matcher.quoteReplacement(symbol) : " ";
  }

  private static String resolveAccents(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    return ACCENT
        .matcher(text)
        .replaceAll(
            m -> {
              Character mark = COMBINING.get(m.group(1));
              String letter = m.group(2);
              return Matcher.quoteReplacement(
                  Normalizer.normalize(letter + mark, Normalizer.Form.NFC));
            });
  }

  private static String stripHtml(String text) {
    if (text.indexOf('<') < 0 && text.indexOf('&') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    char[] buffer = new char[4096];
    try (HTMLStripCharFilter filter = new HTMLStripCharFilter(new StringReader(text))) {
      for (int n = filter.read(buffer); n >= 0; n = filter.read(buffer)) {
        out.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a string cannot fail", e);
    }
    return out.toString();
  }
}
