package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.PaperFields.AUTHOR;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analysis chain of the index, used for indexing, query parsing, snippets and similar
 * papers alike. Text is English: standard tokens, possessives dropped, ASCII folded, lower case, stop
 * words and LaTeX formatting commands removed, Porter stems. Author names are folded, lower-cased and
 * stop words removed, but not stemmed.
 */
final class TextAnalysis {

  /**
   * LaTeX formatting commands, dropped like stop words. The tokenizer already splits on LaTeX's
   * {@code $ \ { } ^ ~}, so {@code $\mathcal{O}(n^2)$} becomes {@code mathcal o n 2} and then
   * {@code o n 2}; {@code l_1} stays one token, in text and queries alike. Command names that are
   * words ({@code \alpha}, {@code \log}) stay. A stop set, not a regex char filter: it costs nothing
   * at indexing time, and offsets stay those of the original text, so snippets keep their LaTeX.
   */
  static final CharArraySet LATEX_COMMANDS = CharArraySet.unmodifiableSet(new CharArraySet(List.of(
      "mathbf", "mathcal", "mathrm", "mathit", "mathbb", "mathsf", "mathtt", "mathfrak", "mathscr", "boldsymbol",
      "textbf", "textit", "textrm", "texttt", "textsc", "textsf", "emph", "operatorname", "frac", "dfrac", "tfrac",
      "cdot", "cdots", "ldots", "overline", "underline", "bigl", "bigr"), false));

  /** English stop words and LaTeX formatting commands. */
  static final CharArraySet STOP = stopWords();

  private static CharArraySet stopWords() {
    CharArraySet all = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
    all.addAll(LATEX_COMMANDS);
    return CharArraySet.unmodifiableSet(all);
  }

  private TextAnalysis() {}

  /** The per-field analyzer of the index; close it with the index. */
  static Analyzer forIndex() {
    return new PerFieldAnalyzerWrapper(new EnglishText(), Map.of(AUTHOR, new Names()));
  }

  /** English text: EnglishAnalyzer's chain plus ASCII folding and LaTeX commands as stop words. */
  static final class EnglishText extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream result = new EnglishPossessiveFilter(source);
      result = new ASCIIFoldingFilter(result);
      result = new LowerCaseFilter(result);
      result = new StopFilter(result, STOP);
      result = new PorterStemFilter(result);
      return new TokenStreamComponents(source, result);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(new ASCIIFoldingFilter(in));
    }
  }

  /**
   * Person names: folded, lower case, not stemmed. English stop words are removed as in text:
   * free text searches names too, and with all words required a stop word kept here ("an", "the")
   * would have to match a name. The price: the rare surname that is a stop word ("An", "To") is
   * found by the author filter (exact keys), not by free text.
   */
  static final class Names extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream result = new LowerCaseFilter(new ASCIIFoldingFilter(source));
      return new TokenStreamComponents(source, new StopFilter(result, STOP));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(new ASCIIFoldingFilter(in));
    }
  }
}
