package dev.keepup.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Suggestions as you type from the terms of exact suggestion fields. Each label (an author name,
 * a topic, a skill) is indexed once per word it has, as {@code normalised words from that word on
 * + SEPARATOR + label}, so "hin" finds "Geoffrey Hinton" and "net" finds "graph neural networks".
 * A look-up seeks to the prefix in the term dictionary and ranks the labels found by how many
 * papers carry them.
 */
final class Suggestions {

  static final char SEPARATOR = '\u001f';
  /** Labels longer than this many words get keys for their first words only. */
  private static final int MAX_KEYS = 8;
  /** Terms read per look-up at most, so a one-letter prefix stays fast. */
  private static final int MAX_SCANNED = 5_000;

  private Suggestions() {}

  static List<String> keys(String label) {
    String normal = AuthorKeys.of(label);
    List<String> keys = new ArrayList<>();
    int start = 0;
    while (start < normal.length() && keys.size() < MAX_KEYS) {
      keys.add(normal.substring(start) + SEPARATOR + label);
      int blank = normal.indexOf(' ', start);
      if (blank < 0) {
        break;
      }
      start = blank + 1;
    }
    return keys;
  }

  static List<Suggestion> find(IndexReader reader, Suggestion.Type type, String prefix, int limit) throws IOException {
    String normal = AuthorKeys.of(prefix);
    Terms terms = MultiTerms.getTerms(reader, type.field);
    if (normal.isEmpty() || terms == null) {
      return List.of();
    }
    BytesRef wanted = new BytesRef(normal);
    TermsEnum te = terms.iterator();
    Map<String, Integer> papers = new HashMap<>();
    if (te.seekCeil(wanted) != TermsEnum.SeekStatus.END) {
      int scanned = 0;
      for (BytesRef term = te.term(); term != null && StringHelper.startsWith(term, wanted) && scanned++ < MAX_SCANNED; term = te.next()) {
        String key = term.utf8ToString();
        papers.merge(key.substring(key.indexOf(SEPARATOR) + 1), te.docFreq(), Math::max);
      }
    }
    return papers.entrySet().stream()
        .map(e -> new Suggestion(e.getKey(), e.getValue()))
        .sorted(Comparator.comparingInt(Suggestion::papers).reversed().thenComparing(Suggestion::text))
        .limit(limit)
        .toList();
  }
}
