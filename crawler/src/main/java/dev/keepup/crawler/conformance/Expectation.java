package dev.keepup.crawler.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One comparison from a conformance file's {@code Expect:} line that Keepup can check: a feed or
 * entry field compared with a literal, e.g. {@code entries[0]['title'] == u'Example'}.
 *
 * @param entry the entry index, or -1 for the feed itself
 * @param field title, link, id, author, updated, summary or content
 * @param expected the literal
 */
record Expectation(int entry, String field, String expected) {

  static final Set<String> FIELDS = Set.of("title", "link", "id", "author", "updated", "summary");

  private static final Pattern PATH =
      Pattern.compile("(feed|entries\\[(\\d+)\\])(?:\\['(\\w+)'\\]|\\.(\\w+))(\\[\\d+\\]\\['(\\w+)'\\])?");
  private static final Pattern EQUALS = Pattern.compile("\\s*==\\s*");
  private static final Pattern LITERAL = Pattern.compile("u?(?:'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\")");
  private static final Pattern PLUS = Pattern.compile("\\s*\\+\\s*");

  /** True when the expression's comparisons are alternatives ({@code a == x or b == y}). */
  static boolean isDisjunction(String expression) {
    return LITERAL.matcher(expression).replaceAll("''").matches(".*\\bor\\b.*");
  }

  /** The comparable comparisons of an {@code Expect:} expression; empty when there are none. */
  static List<Expectation> parse(String expression) {
    List<Expectation> found = new ArrayList<>();
    Matcher path = PATH.matcher(expression);
    int at = 0;
    while (at < expression.length() && path.find(at)) {
      at = chain(expression, path.start(), found);
    }
    return found;
  }

  /**
   * Reads {@code PATH (== PATH)* == LITERAL (+ LITERAL)*} from {@code start}, adds its comparisons
   * when every path is comparable, and returns where it stopped.
   */
  private static int chain(String expression, int start, List<Expectation> found) {
    List<Expectation> paths = new ArrayList<>();
    boolean comparable = true;
    int at = start;
    Matcher path = PATH.matcher(expression);
    while (path.region(at, expression.length()).lookingAt()) {
      Expectation e = of(path);
      comparable &= e != null;
      paths.add(e);
      Matcher eq = EQUALS.matcher(expression).region(path.end(), expression.length());
      if (!eq.lookingAt()) {
        return path.end();
      }
      at = eq.end();
    }
    Matcher lit = LITERAL.matcher(expression).region(at, expression.length());
    if (!lit.lookingAt()) {
      return Math.max(at, start + 1);
    }
    StringBuilder value = new StringBuilder();
    int end = literal(expression, lit, value);
    if (comparable) {
      for (Expectation e : paths) {
        found.add(new Expectation(e.entry, e.field, value.toString()));
      }
    }
    return end;
  }

  private static int literal(String expression, Matcher lit, StringBuilder value) {
    int at;
    while (true) {
      value.append(PythonString.unescape(lit.group(1) != null ? lit.group(1) : lit.group(2)));
      at = lit.end();
      Matcher plus = PLUS.matcher(expression).region(at, expression.length());
      if (!plus.lookingAt()) {
        return at;
      }
      lit = LITERAL.matcher(expression).region(plus.end(), expression.length());
      if (!lit.lookingAt()) {
        return at;
      }
    }
  }

  private static Expectation of(Matcher path) {
    int entry = path.group(2) == null ? -1 : Integer.parseInt(path.group(2));
    String field = path.group(3) != null ? path.group(3) : path.group(4);
    if (path.group(5) != null) {
      return field.equals("content") && "value".equals(path.group(6)) ? new Expectation(entry, "content", "") : null;
    }
    return FIELDS.contains(field) ? new Expectation(entry, field, "") : null;
  }
}
