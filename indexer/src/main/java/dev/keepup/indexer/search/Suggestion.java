package dev.keepup.indexer.search;

/**
 * A completion of what someone is typing.
 *
 * @param text the label as indexed: an author name as written, a topic or skill label
 * @param papers how many papers carry it (counting versions not yet merged away)
 */
public record Suggestion(String text, int papers) {

  /** What to suggest. */
  public enum Type {
    AUTHOR(PaperFields.SUGGEST_AUTHOR),
    TOPIC(PaperFields.SUGGEST_TOPIC),
    SKILL(PaperFields.SUGGEST_SKILL);

    final String field;

    Type(String field) {
      this.field = field;
    }
  }
}
