package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.PaperFields.*;

import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import java.time.Instant;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;

/** Turns an {@link IndexedPaper} into a Lucene document and a stored document back into a hit. */
final class PaperDocuments {

  private PaperDocuments() {}

  static Document toDocument(IndexedPaper indexed) {
    Paper p = indexed.paper();
    Document doc = new Document();
    doc.add(new StringField(ID, p.id().value(), Field.Store.YES));
    doc.add(new IntField(VERSION, p.version(), Field.Store.YES));
    doc.add(new TextField(TITLE, p.title(), Field.Store.YES));
    doc.add(new TextField(ABSTRACT, p.summary(), Field.Store.NO));
    for (Author a : p.authors()) {
      doc.add(new TextField(AUTHOR, a.name(), Field.Store.YES));
    }
    for (String c : p.categories()) {
      doc.add(new StringField(CATEGORY, c, Field.Store.YES));
    }
    doc.add(new LongField(PUBLISHED, p.published().toEpochMilli(), Field.Store.YES));
    doc.add(new LongField(UPDATED, p.updated().toEpochMilli(), Field.Store.YES));
    doc.add(new LongField(FIRST_SEEN, indexed.firstSeen().toEpochMilli(), Field.Store.YES));
    indexed.topics().forEach(t -> doc.add(new StringField(TOPIC, t, Field.Store.YES)));
    indexed.skills().forEach(s -> doc.add(new StringField(SKILL, s, Field.Store.YES)));
    indexed.keyphrases().forEach(k -> doc.add(new TextField(KEYPHRASE, k, Field.Store.YES)));
    return doc;
  }

  static SearchHit toHit(Document doc, float score) {
    return new SearchHit(
        doc.get(ID),
        doc.getField(VERSION).numericValue().intValue(),
        doc.get(TITLE),
        List.of(doc.getValues(AUTHOR)),
        List.of(doc.getValues(CATEGORY)),
        instant(doc.getField(PUBLISHED)),
        instant(doc.getField(UPDATED)),
        score);
  }

  private static Instant instant(IndexableField field) {
    return Instant.ofEpochMilli(field.numericValue().longValue());
  }
}
