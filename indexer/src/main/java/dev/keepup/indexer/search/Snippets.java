package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.PaperFields.ABSTRACT;
import static dev.keepup.indexer.search.PaperFields.CONTENTS;
import static dev.keepup.indexer.search.PaperFields.TITLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Highlighted titles and abstract snippets for one page of hits: every word the query looks for
 * (its positive terms in the title and abstract, and words matching its prefix, wildcard and fuzzy
 * terms) is marked. A phrase's words are marked wherever they occur. Titles are marked whole; an
 * abstract gives its {@link #SENTENCES} sentences with the most distinct marked words, in text
 * order ("…" between sentences that are not adjacent), or its first sentence when none matches.
 * Text is HTML-escaped around the marks.
 *
 * <p>Where the words are: for plain terms, the offsets the index holds in the postings of the
 * hit's title and abstract (one lookup per term and hit); for patterns (prefix, wildcard, fuzzy),
 * and for an index written without offsets, the stored text analysed again with the index's chain,
 * which costs more than the rest of a search's snippets and stored fields together.
 */
final class Snippets {

  static final int SENTENCES = 2;
  /** Characters of an abstract looked at. */
  static final int MAX_LENGTH = 20_000;
  private static final String OPEN = "<mark>";
  private static final String CLOSE = "</mark>";
  private static final String ELLIPSIS = " … ";

  private final Analyzer analyzer;
  private final Set<String> terms = new HashSet<>();
  /** The marks of each document of the page by field, from the index; a document missing has no offsets there. */
  private final Map<String, Map<Integer, List<int[]>>> indexed = new HashMap<>();
  private final List<ByteRunAutomaton> patterns;

  /**
   * What {@code query} marks in the titles and abstracts of {@code page}, documents of {@code
   * searcher}; with a null searcher, the texts are always analysed again.
   */
  Snippets(Analyzer analyzer, IndexSearcher searcher, Query query, int... page) throws IOException {
    this.analyzer = analyzer;
    List<Supplier<ByteRunAutomaton>> matching = new ArrayList<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return CONTENTS.equals(field) || TITLE.equals(field) || ABSTRACT.equals(field);
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
      }

      @Override
      public void consumeTerms(Query q, Term... ts) {
        for (Term t : ts) {
          terms.add(t.text());
        }
      }

      @Override
      public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
        matching.add(automaton);
      }
    });
    patterns = matching.stream().map(Supplier::get).toList();
    if (searcher != null && patterns.isEmpty() && !terms.isEmpty()) {
      indexed.put(TITLE, indexedMarks(searcher, TITLE, page));
      indexed.put(ABSTRACT, indexedMarks(searcher, ABSTRACT, page));
    }
  }

  /** The whole title of document {@code doc} with its marked words. */
  String title(int doc, String title) {
    List<int[]> marks = marks(TITLE, doc, title);
    return format(title, 0, title.length(), marks);
  }

  /** The best sentences of the abstract of document {@code doc} with their marked words. */
  String snippet(int doc, String text) {
    return snippet(doc, text, null);
  }

  /**
   * Like {@link #snippet(int, String)}, with the abstract's sentences as stored beside it (null
   * when they were not: they are then found in the text).
   */
  String snippet(int doc, String text, SentenceEnds stored) {
    String body = body(text);
    SentenceEnds ends = stored != null && stored.count() > 0 && stored.end(stored.count() - 1) == body.length() ? stored : SentenceEnds.of(body);
    List<int[]> marks = marks(ABSTRACT, doc, body);
    List<Sentence> sentences = sentences(body, ends, marks);
    List<Sentence> best = marks.isEmpty()
        ? sentences
        : sentences.stream().sorted(Comparator.comparingInt(Sentence::score).reversed()).limit(SENTENCES)
            .sorted(Comparator.comparingInt(Sentence::start)).toList();
    StringBuilder out = new StringBuilder();
    int previousEnd = -1;
    for (Sentence s : best) {
      if (previousEnd >= 0) {
        out.append(s.start() == previousEnd ? " " : ELLIPSIS);
      }
      out.append(format(body, s.start(), s.end(), marks).strip());
      previousEnd = s.end();
    }
    return out.toString();
  }

  /** The text of an abstract that snippets are made of: its first {@link #MAX_LENGTH} characters. */
  static String body(String text) {
    return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
  }

  private record Sentence(int start, int end, int score) {}

  /**
   * The sentences a snippet can be made of, in text order, with their score (distinct marked
   * words, then marks in all): every sentence with a mark, then the first {@link #SENTENCES}
   * sentences without any (the first sentence alone when nothing is marked).
   */
  private static List<Sentence> sentences(String text, SentenceEnds ends, List<int[]> marks) {
    BitSet chosen = new BitSet(ends.count());
    for (int[] m : marks) {
      chosen.set(ends.sentenceAt(m[0]));
    }
    int unmarked = marks.isEmpty() ? 1 : SENTENCES;
    for (int i = 0; i < ends.count() && unmarked > 0; i++) {
      if (!chosen.get(i)) {
        chosen.set(i);
        unmarked--;
      }
    }
    List<Sentence> sentences = new ArrayList<>();
    for (int i = chosen.nextSetBit(0); i >= 0 && i < ends.count(); i = chosen.nextSetBit(i + 1)) {
      sentences.add(new Sentence(ends.start(i), ends.end(i), score(text, marks, ends.start(i), ends.end(i))));
    }
    return sentences;
  }

  private static int score(String text, List<int[]> marks, int start, int end) {
    Set<String> distinct = new HashSet<>();
    int count = 0;
    for (int[] m : marks) {
      if (m[0] >= start && m[1] <= end) {
        distinct.add(text.substring(m[0], m[1]).toLowerCase(Locale.ROOT));
        count++;
      }
    }
    return distinct.size() * 1_000 + count;
  }

  /** Start and end offsets of the words to mark in {@code text}, field {@code field} of document {@code doc}, in order. */
  private List<int[]> marks(String field, int doc, String text) {
    if (terms.isEmpty() && patterns.isEmpty()) {
      return new ArrayList<>();
    }
    List<int[]> marks = indexed.getOrDefault(field, Map.of()).get(doc);
    if (marks == null) {
      return analysedMarks(field, text);
    }
    return marks.stream().filter(m -> m[1] <= text.length()).toList();
  }

  /**
   * The marks of the query's terms in {@code field} of each document of {@code page}, from the
   * offsets in the postings: one lookup of each term per segment, its postings read forward
   * through the page's documents in doc id order. Documents of a segment without offsets are left out.
   */
  private Map<Integer, List<int[]>> indexedMarks(IndexSearcher searcher, String field, int[] page) throws IOException {
    Map<Integer, List<int[]>> marks = new HashMap<>();
    int[] docs = IntStream.of(page).sorted().distinct().toArray();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int from = 0, to; from < docs.length; from = to) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[from], leaves));
      int end = leaf.docBase + leaf.reader().maxDoc();
      to = from;
      while (to < docs.length && docs[to] < end) {
        to++;
      }
      Terms inLeaf = leaf.reader().terms(field);
      if (inLeaf != null && !inLeaf.hasOffsets()) {
        continue;
      }
      for (int i = from; i < to; i++) {
        marks.put(docs[i], new ArrayList<>());
      }
      if (inLeaf == null) {
        continue;
      }
      TermsEnum each = inLeaf.iterator();
      PostingsEnum postings = null;
      for (String term : terms) {
        if (!each.seekExact(new BytesRef(term))) {
          continue;
        }
        postings = each.postings(postings, PostingsEnum.OFFSETS);
        for (int i = from; i < to; i++) {
          int target = docs[i] - leaf.docBase;
          if (postings.docID() < target && postings.advance(target) == DocIdSetIterator.NO_MORE_DOCS) {
            break;
          }
          if (postings.docID() == target) {
            List<int[]> of = marks.get(docs[i]);
            for (int n = postings.freq(); n > 0; n--) {
              postings.nextPosition();
              of.add(new int[] {postings.startOffset(), postings.endOffset()});
            }
          }
        }
      }
    }
    marks.values().forEach(m -> m.sort(Comparator.<int[]>comparingInt(o -> o[0]).thenComparingInt(o -> o[1])));
    return marks;
  }

  /** The marks found by analysing {@code text} again. */
  private List<int[]> analysedMarks(String field, String text) {
    List<int[]> marks = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        if (matches(term)) {
          marks.add(new int[] {offset.startOffset(), offset.endOffset()});
        }
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text in memory", e);
    }
    return marks;
  }

  private boolean matches(CharTermAttribute term) {
    if (terms.contains(term.toString())) {
      return true;
    }
    if (patterns.isEmpty()) {
      return false;
    }
    BytesRef bytes = new BytesRef(term);
    return patterns.stream().anyMatch(p -> p.run(bytes.bytes, bytes.offset, bytes.length));
  }

  /** {@code text[from, to)}, HTML-escaped, with the marks inside it wrapped. */
  private static String format(String text, int from, int to, List<int[]> marks) {
    StringBuilder out = new StringBuilder(to - from + 32);
    int at = from;
    for (int[] m : marks) {
      if (m[0] >= at && m[1] <= to) {
        escape(out, text, at, m[0]);
        out.append(OPEN);
        escape(out, text, m[0], m[1]);
        out.append(CLOSE);
        at = m[1];
      }
    }
    escape(out, text, at, to);
    return out.toString();
  }

  /** Appends {@code text[from, to)} HTML-escaped: the runs between special characters in one piece each. */
  private static void escape(StringBuilder out, String text, int from, int to) {
    int run = from;
    for (int i = from; i < to; i++) {
      String entity = switch (text.charAt(i)) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#x27;";
        default -> null;
      };
      if (entity != null) {
        out.append(text, run, i).append(entity);
        run = i + 1;
      }
    }
    out.append(text, run, to);
  }
}
