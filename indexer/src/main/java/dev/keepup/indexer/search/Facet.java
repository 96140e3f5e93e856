package dev.keepup.indexer.search;

/** The facets a search can count, each over one exact field. */
public enum Facet {
  CATEGORIES(PaperFields.CATEGORY),
  TOPICS(PaperFields.TOPIC),
  SKILLS(PaperFields.SKILL),
  YEARS(PaperFields.YEAR),
  AUTHORS(PaperFields.AUTHOR_NAME);

  final String field;

  Facet(String field) {
    this.field = field;
  }
}
