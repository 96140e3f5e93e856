package dev.keepup.indexer.search;

/** Names of the fields of a paper's Lucene document. */
final class PaperFields {
  static final String ID = "id";
  static final String VERSION = "version";
  static final String TITLE = "title";
  static final String ABSTRACT = "abstract";
  static final String AUTHOR = "author";
  static final String CATEGORY = "cat";
  static final String PUBLISHED = "published";
  static final String UPDATED = "updated";
  static final String FIRST_SEEN = "first_seen";
  static final String TOPIC = "topic";
  static final String SKILL = "skill";
  static final String KEYPHRASE = "keyphrase";

  private PaperFields() {}
}
