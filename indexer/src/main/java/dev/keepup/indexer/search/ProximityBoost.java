package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.PaperFields.CONTENTS;
import static dev.keepup.indexer.search.PaperFields.TITLE;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Proximity signals: the free-text words of a query that appear near each other, in order, in a
 * paper's title and abstract raise its score, and more so when they form (nearly) a phrase in the
 * title. Adds, as optional clauses, a sloppy phrase for each pair of adjacent query words and one
 * for all of them in the title; it reorders matches and never adds any.
 */
final class ProximityBoost {

  /** Weight and slop measured on SciFact train (docs/search-bench.md). */
  static final float WEIGHT = 0.3f;
  static final int SLOP = 10;
  /** Weight of the query's words as a phrase (slop 2) in the title: pasted titles find their paper. */
  static final float TITLE_WEIGHT = 1.5f;
  static final int TITLE_SLOP = 2;
  private static final int MAX_PAIRS = 16;

  private ProximityBoost() {}

  static Query around(Query text) {
    List<Term> terms = positiveTerms(text);
    if (terms.size() < 2) {
      return text;
    }
    BooleanQuery.Builder pairs = new BooleanQuery.Builder();
    for (int i = 0; i + 1 < terms.size() && i < MAX_PAIRS; i++) {
      pairs.add(new PhraseQuery(SLOP, CONTENTS, terms.get(i).bytes(), terms.get(i + 1).bytes()), BooleanClause.Occur.SHOULD);
    }
    PhraseQuery.Builder title = new PhraseQuery.Builder().setSlop(TITLE_SLOP);
    for (int i = 0; i < terms.size() && i < MAX_PAIRS; i++) {
      title.add(new Term(TITLE, terms.get(i).bytes()), i);
    }
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(new BoostQuery(pairs.build(), WEIGHT), BooleanClause.Occur.SHOULD)
        .add(new BoostQuery(title.build(), TITLE_WEIGHT), BooleanClause.Occur.SHOULD)
        .build();
  }

  /** The contents-field terms of the query's positive clauses, in query order, without repeats. */
  private static List<Term> positiveTerms(Query query) {
    Set<Term> terms = new LinkedHashSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return CONTENTS.equals(field);
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }

      @Override
      public void consumeTerms(Query q, Term... ts) {
        terms.addAll(List.of(ts));
      }
    });
    return new ArrayList<>(terms);
  }
}
