package dev.keepup.indexer.search;

/**
 * Names of the fields of a paper's Lucene document. Text fields are analysed (English, stemmed);
 * the others are exact keywords with doc values for filters, facets and sorting.
 */
final class PaperFields {
  /** arXiv id without version (or a generic document id); exact, sortable, the update key. */
  static final String ID = "id";
  static final String VERSION = "version";
  /** Text: the title, boosted in ranking. */
  static final String TITLE = "title";
  /** Text: the abstract, indexed with offsets for snippets. */
  static final String ABSTRACT = "abstract";
  /** Stored only: where the sentences of the abstract end ({@link SentenceEnds}), for snippets. */
  static final String ABSTRACT_SENTENCES = "abstract_sentences";
  /** Text, not stored: title and abstract as one field, BM25's "flat" view of a paper. */
  static final String CONTENTS = "contents";
  /** Text: full author names. */
  static final String AUTHOR = "author";
  /** Exact: normalised author keys ({@link AuthorKeys}), for filters. */
  static final String AUTHOR_KEY = "author_key";
  /** Exact: author names as written, for the top-authors facet. */
  static final String AUTHOR_NAME = "author_name";
  static final String CATEGORY = "cat";
  static final String PRIMARY_CATEGORY = "primary_cat";
  /** Exact, lower case: topic and skill keys; their labels as given are stored in the _label fields. */
  static final String TOPIC = "topic";
  static final String TOPIC_LABEL = "topic_label";
  static final String SKILL = "skill";
  static final String SKILL_LABEL = "skill_label";
  /** Text: keyphrases the NLP stage found. */
  static final String KEYPHRASE = "keyphrase";
  static final String SOURCE = "source";
  /** Text: the journal reference. */
  static final String VENUE = "venue";
  static final String DOI = "doi";
  /** Dates as epoch milliseconds: point, numeric doc value and stored value under one name. */
  static final String PUBLISHED = "published";
  static final String UPDATED = "updated";
  static final String FIRST_SEEN = "first_seen";
  /** Exact: the year of first submission, four digits. */
  static final String YEAR = "year";
  /** Exact: suggestion keys, {@code lowercase words + SEPARATOR + label} (see {@link Suggestions}). */
  static final String SUGGEST_AUTHOR = "suggest_author";
  static final String SUGGEST_TOPIC = "suggest_topic";
  static final String SUGGEST_SKILL = "suggest_skill";

  private PaperFields() {}
}
