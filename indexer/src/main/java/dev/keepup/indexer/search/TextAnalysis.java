package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.PaperFields.AUTHOR;

import java.io.Reader;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The one analysis chain of the index, used for indexing, query parsing, snippets and similar
 * papers alike. Text is English: LaTeX markup blanked, standard tokens, possessives dropped, ASCII
 * folded, lower case, stop words removed, Porter stems. Author names are folded, lower-cased and
 * stop words removed, but not stemmed.
 */
final class TextAnalysis {

  /**
   * LaTeX that carries no words: formatting commands, math delimiters, sub/superscript marks,
   * braces. A char filter, so snippet offsets still point into the original text. Command names
   * that are words ({@code \alpha}, {@code \log}) stay as tokens.
   */
  static final Pattern LATEX_NOISE =
      Pattern.compile(
          "\\\\(?:math[a-z]*|text[a-z]*|operatorname|emph|left|right|big+l?r?|cal|bf|it|rm|sf|tt|frac|sqrt|cdot|ldots|dots|,|;|!)(?![a-zA-Z])"
              + "|[$^_{}\\\\~]");

  private TextAnalysis() {}

  /** The per-field analyzer of the index; close it with the index. */
  static Analyzer forIndex() {
    return new PerFieldAnalyzerWrapper(new EnglishText(), Map.of(AUTHOR, new Names()));
  }

  private static Reader blankLatex(Reader reader) {
    return new PatternReplaceCharFilter(LATEX_NOISE, " ", reader);
  }

  /** English text: EnglishAnalyzer's chain plus LaTeX blanking and ASCII folding. */
  static final class EnglishText extends Analyzer {
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return blankLatex(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer source = new StandardTokenizer();
      TokenStream result = new EnglishPossessiveFilter(source);
      result = new ASCIIFoldingFilter(result);
      result = new LowerCaseFilter(result);
      result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
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
      return new TokenStreamComponents(source, new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return new LowerCaseFilter(new ASCIIFoldingFilter(in));
    }
  }
}
