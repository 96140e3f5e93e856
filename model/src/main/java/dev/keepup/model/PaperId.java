package dev.keepup.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An arXiv identifier without version: new style ({@code 2104.12255}, {@code 0704.0001}) or old style
 * ({@code hep-th/9901001}, {@code math.GT/0309136}). The version lives beside it, in {@link Paper}.
 */
public record PaperId(String value) implements Comparable<PaperId> {

  private static final Pattern NEW_STYLE = Pattern.compile("\\d{4}\\.\\d{4,5}");
  private static final Pattern OLD_STYLE = Pattern.compile("[a-z]+(?:-[a-z]+)*(?:\\.[A-Z]{2})?/\\d{7}");
  /** An id with an optional version, as it appears in URLs and feeds. */
  private static final Pattern VERSIONED =
      Pattern.compile("(\\d{4}\\.\\d{4,5}|[a-zA-Z]+(?:-[a-zA-Z]+)*(?:\\.[A-Z]{2})?/\\d{7})(?:v(\\d+))?");

  public PaperId {
    if (value == null || !(NEW_STYLE.matcher(value).matches() || OLD_STYLE.matcher(value).matches())) {
      throw new IllegalArgumentException("not an arXiv identifier: " + value);
    }
  }

  /** An id and its version (0 when the text named none). */
  public record Versioned(PaperId id, int version) {}

  /**
   * Parses an id as people and feeds write it: bare, with a version, with an {@code arXiv:} prefix, or
   * as an abs/pdf URL such as {@code http://arxiv.org/abs/2104.12255v1}.
   */
  public static Versioned parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("not an arXiv identifier: null");
    }
    String s = text.strip();
    int abs = Math.max(s.lastIndexOf("/abs/"), s.lastIndexOf("/pdf/"));
    if (abs >= 0) {
      s = s.substring(abs + 5);
    }
    if (s.regionMatches(true, 0, "arxiv:", 0, 6)) {
      s = s.substring(6);
    }
    if (s.endsWith(".pdf")) {
      s = s.substring(0, s.length() - 4);
    }
    Matcher m = VERSIONED.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException("not an arXiv identifier: " + text);
    }
    String id = m.group(1);
    int slash = id.indexOf('/');
    if (slash > 0) { // archive names are lower case, subject classes upper case: hep-th, math.GT
      int dot = id.indexOf('.');
      String archive = id.substring(0, dot > 0 && dot < slash ? dot : slash).toLowerCase(Locale.ROOT);
      id = archive + id.substring(archive.length());
    }
    int version = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    return new Versioned(new PaperId(id), version);
  }

  /** The id of a text that must name a paper; any version in it is dropped. */
  public static PaperId of(String text) {
    return parse(text).id();
  }

  public boolean oldStyle() {
    return value.indexOf('/') >= 0;
  }

  @Override
  public int compareTo(PaperId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
