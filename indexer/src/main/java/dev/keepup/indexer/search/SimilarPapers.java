package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.PaperFields.*;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * "More like this" for one paper: its most distinctive title, abstract and keyphrase terms, plus
 * its topics and skills as boosted exact terms; the paper itself excluded.
 */
final class SimilarPapers {

  private static final String[] TEXT_FIELDS = {TITLE, ABSTRACT, KEYPHRASE};
  private static final float TAG_BOOST = 2.0f;
  private static final int MAX_QUERY_TERMS = 30;

  private SimilarPapers() {}

  static Query like(IndexSearcher searcher, Analyzer analyzer, int docId) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(TEXT_FIELDS);
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(2);
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    Document doc = searcher.storedFields().document(docId);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(mlt.like(docId), BooleanClause.Occur.SHOULD);
    for (String topic : doc.getValues(TOPIC_LABEL)) {
      b.add(new BoostQuery(new TermQuery(new Term(TOPIC, PaperDocuments.tagKey(topic))), TAG_BOOST), BooleanClause.Occur.SHOULD);
    }
    for (String skill : doc.getValues(SKILL_LABEL)) {
      b.add(new BoostQuery(new TermQuery(new Term(SKILL, PaperDocuments.tagKey(skill))), TAG_BOOST), BooleanClause.Occur.SHOULD);
    }
    b.add(new TermQuery(new Term(ID, doc.get(ID))), BooleanClause.Occur.MUST_NOT);
    return b.build();
  }
}
