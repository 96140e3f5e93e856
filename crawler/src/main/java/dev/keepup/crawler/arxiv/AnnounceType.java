package dev.keepup.crawler.arxiv;

import java.util.Locale;

/**
 * Why a paper is in a daily arXiv listing ({@code arxiv:announce_type}), and what it means for
 * Keepup.
 */
public enum AnnounceType {
  /** Submitted in this category: a new paper. */
  NEW(Meaning.NEW_PAPER),
  /** Submitted elsewhere, cross-listed here. */
  CROSS(Meaning.CROSS_LIST),
  /** A new version of a paper of this category. */
  REPLACE(Meaning.NEW_VERSION),
  /** A new version of a paper cross-listed here. */
  REPLACE_CROSS(Meaning.NEW_VERSION);

  /** What a listing entry means to Keepup. */
  public enum Meaning {
    NEW_PAPER,
    CROSS_LIST,
    NEW_VERSION
  }

  private final Meaning meaning;

  AnnounceType(Meaning meaning) {
    this.meaning = meaning;
  }

  public Meaning meaning() {
    return meaning;
  }

  /** The type written {@code new}, {@code cross}, {@code replace} or {@code replace-cross}. */
  public static AnnounceType of(String text) {
    if (text == null) {
      throw new IllegalArgumentException("no announce type");
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "new" -> NEW;
      case "cross" -> CROSS;
      case "replace" -> REPLACE;
      case "replace-cross" -> REPLACE_CROSS;
      default -> throw new IllegalArgumentException("unknown announce type: " + text);
    };
  }
}
