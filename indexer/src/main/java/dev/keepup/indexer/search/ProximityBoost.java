package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.PaperFields.CONTENTS;
import static dev.keepup.indexer.search.PaperFields.TITLE;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * Signals that rescore the best matches of a text query: its words found in a paper's title (a
 * light extra title weight); adjacent words of the query that appear near each other in the title
 * and abstract, the more the nearer, whichever comes first; and more so when the query's words form
 * (nearly) a phrase in the title: a term query in the title for each word, a sloppy phrase for each
 * pair of adjacent query words in each order, and one for all of them in the title. They reorder
 * matches and never add any. They are scored only for the best matches by the text query ({@link
 * #scores}), not for every match: phrase positions made a search cost grow with its number of
 * matches, and a title clause for every word tripled the cost of the text query at 1M papers
 * (docs/search-bench.md).
 */
final class ProximityBoost {

  /** Weight of each query word in the title; measured on SciFact train with the first pass (docs/search-bench.md). */
  static final float TITLE_TERM_WEIGHT = 0.2f;
  /** Weight and slop measured on SciFact train (docs/search-bench.md). */
  static final float WEIGHT = 0.1f;
  static final int SLOP = 10;
  /** Weight of the query's words as a phrase (slop 2) in the title: pasted titles find their paper. */
  static final float TITLE_WEIGHT = 1.5f;
  static final int TITLE_SLOP = 2;
  private static final int MAX_PAIRS = 16;

  private ProximityBoost() {}

  /** The signals of a text query, as optional clauses; empty when it has no words in title and abstract. */
  static Optional<Query> signals(Query text) {
    List<Term> terms = positiveTerms(text);
    if (terms.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder signals = new BooleanQuery.Builder();
    for (Term t : terms) {
      signals.add(new BoostQuery(new TermQuery(new Term(TITLE, t.bytes())), TITLE_TERM_WEIGHT), BooleanClause.Occur.SHOULD);
    }
    if (terms.size() > 1) {
      signals.add(new BoostQuery(pairs(terms), WEIGHT), BooleanClause.Occur.SHOULD);
      signals.add(new BoostQuery(titlePhrase(terms), TITLE_WEIGHT), BooleanClause.Occur.SHOULD);
    }
    return Optional.of(signals.build());
  }

  private static Query pairs(List<Term> terms) {
    BooleanQuery.Builder pairs = new BooleanQuery.Builder();
    for (int i = 0; i + 1 < terms.size() && i < MAX_PAIRS; i++) {
      BytesRef a = terms.get(i).bytes();
      BytesRef b = terms.get(i + 1).bytes();
      // both orders: the signal depends on the words' distance, not on which comes first
      pairs.add(new PhraseQuery(SLOP, CONTENTS, a, b), BooleanClause.Occur.SHOULD);
      pairs.add(new PhraseQuery(SLOP, CONTENTS, b, a), BooleanClause.Occur.SHOULD);
    }
    return pairs.build();
  }

  private static Query titlePhrase(List<Term> terms) {
    PhraseQuery.Builder title = new PhraseQuery.Builder().setSlop(TITLE_SLOP);
    for (int i = 0; i < terms.size() && i < MAX_PAIRS; i++) {
      title.add(new Term(TITLE, terms.get(i).bytes()), i);
    }
    return title.build();
  }

  /** The score of {@code signals} for each of {@code docs} (0 where it does not match), in their order. */
  static float[] scores(IndexSearcher searcher, Query signals, ScoreDoc[] docs) throws IOException {
    float[] scores = new float[docs.length];
    Weight weight = searcher.createWeight(searcher.rewrite(signals), ScoreMode.COMPLETE, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    Scorer scorer = null;
    for (int i : IntStream.range(0, docs.length).boxed().sorted(Comparator.comparingInt(i -> docs[i].doc)).toList()) {
      int doc = docs[i].doc;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        scorer = weight.scorer(leaf);
      }
      if (scorer != null) {
        DocIdSetIterator matches = scorer.iterator();
        int target = doc - leaf.docBase;
        if (matches.docID() < target) {
          matches.advance(target);
        }
        scores[i] = matches.docID() == target ? scorer.score() : 0f;
      }
    }
    return scores;
  }

  /**
   * The contents-field terms of the query's positive clauses, in the order the query gives them,
   * without repeats. Boolean clauses are walked in their list order: {@link Query#visit} walks
   * them by hash, which would pair the words in an order that changes from one JVM to the next.
   */
  private static List<Term> positiveTerms(Query query) {
    Set<Term> terms = new LinkedHashSet<>();
    collect(query, terms);
    return new ArrayList<>(terms);
  }

  private static void collect(Query query, Set<Term> terms) {
    switch (query) {
      case BooleanQuery b -> b.clauses().stream()
          .filter(c -> c.occur() != BooleanClause.Occur.MUST_NOT)
          .forEach(c -> collect(c.query(), terms));
      case BoostQuery b -> collect(b.getQuery(), terms);
      default -> query.visit(new QueryVisitor() {
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
    }
  }
}
