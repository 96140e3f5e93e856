package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.PaperFields.*;

import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * The index schema as pure functions: an {@link IndexedPaper} (or a {@link TextDocument}) to a
 * Lucene document, and a stored document back to a {@link SearchHit}.
 */
final class PaperDocuments {

  /** Text indexed with offsets, so snippets need no re-analysis; stored beside it as a {@link StoredField}. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  /** The chain of the title, abstract and contents fields ({@link TextAnalysis#forIndex()}), run once per text. */
  private static final Analyzer TEXT = new TextAnalysis.EnglishText();

  private PaperDocuments() {}

  static Document toDocument(TextDocument text) {
    return base(text.id(), text.title(), text.body());
  }

  static Document toDocument(IndexedPaper indexed) {
    Paper p = indexed.paper();
    Document doc = base(p.id().value(), p.title(), p.summary());
    doc.add(new IntField(VERSION, p.version(), Field.Store.YES));
    for (Author a : p.authors()) {
      doc.add(new TextField(AUTHOR, a.name(), Field.Store.YES));
      doc.add(new KeywordField(AUTHOR_KEY, AuthorKeys.of(a.name()), Field.Store.NO));
      doc.add(new KeywordField(AUTHOR_NAME, a.name(), Field.Store.NO));
      Suggestions.keys(a.name()).forEach(k -> doc.add(new StringField(SUGGEST_AUTHOR, k, Field.Store.NO)));
    }
    for (String c : p.categories()) {
      doc.add(new KeywordField(CATEGORY, c, Field.Store.YES));
    }
    doc.add(new KeywordField(PRIMARY_CATEGORY, p.primaryCategory(), Field.Store.NO));
    tags(doc, indexed.topics(), TOPIC, TOPIC_LABEL, SUGGEST_TOPIC);
    tags(doc, indexed.skills(), SKILL, SKILL_LABEL, SUGGEST_SKILL);
    indexed.keyphrases().forEach(k -> doc.add(new TextField(KEYPHRASE, k, Field.Store.YES)));
    doc.add(new KeywordField(SOURCE, indexed.source(), Field.Store.YES));
    if (p.journalRef() != null) {
      doc.add(new TextField(VENUE, p.journalRef(), Field.Store.YES));
    }
    if (p.doi() != null) {
      doc.add(new KeywordField(DOI, p.doi().toLowerCase(Locale.ROOT), Field.Store.YES));
    }
    date(doc, PUBLISHED, p.published());
    date(doc, UPDATED, p.updated());
    date(doc, FIRST_SEEN, indexed.firstSeen());
    doc.add(new KeywordField(YEAR, year(p.published()), Field.Store.NO));
    return doc;
  }

  static String year(Instant instant) {
    return String.valueOf(instant.atOffset(ZoneOffset.UTC).getYear());
  }

  /** Tag keys are lower case so that filters and facets ignore case; labels are stored as given. */
  static String tagKey(String tag) {
    return tag.strip().toLowerCase(Locale.ROOT);
  }

  private static Document base(String id, String title, String body) {
    Document doc = new Document();
    doc.add(new StringField(ID, id, Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
    AnalysedTokens titleTokens = AnalysedTokens.of(TEXT, TITLE, title);
    AnalysedTokens bodyTokens = AnalysedTokens.of(TEXT, ABSTRACT, body);
    doc.add(new StoredField(TITLE, title));
    doc.add(new Field(TITLE, titleTokens.stream(), TEXT_WITH_OFFSETS));
    doc.add(new StoredField(ABSTRACT, body));
    doc.add(new StoredField(ABSTRACT_SENTENCES, SentenceEnds.of(Snippets.body(body)).bytes()));
    doc.add(new Field(ABSTRACT, bodyTokens.stream(), TEXT_WITH_OFFSETS));
    doc.add(new TextField(CONTENTS, AnalysedTokens.joined(titleTokens, bodyTokens)));
    return doc;
  }

  private static void tags(Document doc, List<String> tags, String keyField, String labelField, String suggestField) {
    for (String tag : tags) {
      doc.add(new KeywordField(keyField, tagKey(tag), Field.Store.NO));
      doc.add(new StoredField(labelField, tag));
      Suggestions.keys(tag).forEach(k -> doc.add(new StringField(suggestField, k, Field.Store.NO)));
    }
  }

  private static void date(Document doc, String field, Instant instant) {
    long millis = instant.toEpochMilli();
    doc.add(new LongPoint(field, millis));
    doc.add(new NumericDocValuesField(field, millis));
    doc.add(new StoredField(field, millis));
  }

  static SearchHit toHit(Document doc, float score, String titleHighlight, String snippet) {
    IndexableField version = doc.getField(VERSION);
    return new SearchHit(
        doc.get(ID),
        version == null ? 1 : version.numericValue().intValue(),
        doc.get(TITLE),
        List.of(doc.getValues(AUTHOR)),
        List.of(doc.getValues(CATEGORY)),
        instant(doc.getField(PUBLISHED)),
        instant(doc.getField(UPDATED)),
        score,
        List.of(doc.getValues(TOPIC_LABEL)),
        List.of(doc.getValues(SKILL_LABEL)),
        doc.get(SOURCE),
        titleHighlight,
        snippet);
  }

  /** Fields a hit needs, so that loading one skips the rest. */
  static final Set<String> HIT_FIELDS =
      Set.of(ID, VERSION, TITLE, AUTHOR, CATEGORY, PUBLISHED, UPDATED, TOPIC_LABEL, SKILL_LABEL, SOURCE);
  /** A hit's fields and its abstract with its sentences, for snippets. */
  static final Set<String> HIT_FIELDS_WITH_ABSTRACT =
      Set.of(ID, VERSION, TITLE, ABSTRACT, ABSTRACT_SENTENCES, AUTHOR, CATEGORY, PUBLISHED, UPDATED, TOPIC_LABEL, SKILL_LABEL, SOURCE);

  private static Instant instant(IndexableField field) {
    return field == null ? null : Instant.ofEpochMilli(field.numericValue().longValue());
  }
}
