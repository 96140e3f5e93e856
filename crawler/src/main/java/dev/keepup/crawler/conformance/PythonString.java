package dev.keepup.crawler.conformance;

/** Decodes a Python string literal body (between its quotes) with its backslash escapes. */
final class PythonString {

  private PythonString() {}

  static String unescape(String body) {
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c != '\\' || i + 1 == body.length()) {
        out.append(c);
        continue;
      }
      char e = body.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case '0' -> out.append('\0');
        case 'x' -> i = hex(body, i, 2, out);
        case 'u' -> i = hex(body, i, 4, out);
        case 'U' -> i = hex(body, i, 8, out);
        case '\n' -> { } // a line continuation
        default -> out.append(e);
      }
    }
    return out.toString();
  }

  private static int hex(String body, int at, int digits, StringBuilder out) {
    int end = Math.min(body.length(), at + 1 + digits);
    out.appendCodePoint(Integer.parseInt(body.substring(at + 1, end), 16));
    return end - 1;
  }
}
