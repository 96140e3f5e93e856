package dev.keepup.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of one text, analysed once and replayed as the token stream of several fields: a
 * paper's title and abstract are indexed on their own (for {@code title:}, {@code abstract:} and
 * snippets) and together as the ranking field, and analysis is the costliest part of indexing.
 */
final class AnalysedTokens {

  private record Token(String term, int increment, int start, int end) {}

  private final List<Token> tokens;
  private final int length;

  private AnalysedTokens(List<Token> tokens, int length) {
    this.tokens = tokens;
    this.length = length;
  }

  static AnalysedTokens of(Analyzer analyzer, String field, String text) {
    List<Token> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new Token(term.toString(), increment.getPositionIncrement(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text in memory", e);
    }
    return new AnalysedTokens(tokens, text.length());
  }

  /** The tokens as they came. */
  TokenStream stream() {
    return new Replay(List.of(this));
  }

  /**
   * The tokens of {@code first} then those of {@code second}, as if their texts were joined by
   * one separator character (offsets of the second shifted accordingly).
   */
  static TokenStream joined(AnalysedTokens first, AnalysedTokens second) {
    return new Replay(List.of(first, second));
  }

  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final List<AnalysedTokens> parts;
    private int part;
    private int next;
    private int shift;

    Replay(List<AnalysedTokens> parts) {
      this.parts = parts;
    }

    @Override
    public boolean incrementToken() {
      while (part < parts.size() && next == parts.get(part).tokens.size()) {
        shift += parts.get(part).length + 1;
        part++;
        next = 0;
      }
      if (part == parts.size()) {
        return false;
      }
      clearAttributes();
      Token t = parts.get(part).tokens.get(next++);
      term.setEmpty().append(t.term());
      increment.setPositionIncrement(t.increment());
      offset.setOffset(shift + t.start(), shift + t.end());
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      int last = parts.stream().mapToInt(p -> p.length + 1).sum() - 1;
      offset.setOffset(last, last);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      part = 0;
      next = 0;
      shift = 0;
    }
  }
}
