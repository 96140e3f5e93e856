package dev.keepup.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Snippets marked from the offsets in the index are the snippets marked by analysing the stored
 * text again, for every paper of the real sample (LaTeX, HTML-special characters, long abstracts)
 * and queries of words, phrases, repeated and absent words.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnippetsTest {

  static final List<String> QUERIES = List.of(
      "language", "neural networks", "\"deep learning\"", "learning learning model", "graph OR kernel",
      "title:transformer attention", "abstract:\"reinforcement learning\" policy", "mathbf", "zzzz none", "NOT language");

  final Analyzer analyzer = TextAnalysis.forIndex();
  WrittenIndex index;

  @BeforeAll
  void index(@TempDir Path dir) throws IOException {
    List<IndexedPaper> papers = TestPapers.realSample();
    index = WrittenIndex.inSegments(dir, papers.stream().map(PaperDocuments::toDocument).toList(), 50, List.of());
  }

  @AfterAll
  void close() throws IOException {
    index.close();
    analyzer.close();
  }

  @Test
  void marksFromTheIndexAreTheMarksOfAnalysis() throws IOException {
    assertThat(index.reader().leaves()).hasSizeGreaterThan(1);
    StoredFields stored = index.searcher().storedFields();
    int marked = 0;
    for (String q : QUERIES) {
      Query query = new QueryBuilder(analyzer).text(SearchRequest.of(q));
      Snippets fromIndex = new Snippets(analyzer, index.searcher(), query, IntStream.range(0, index.reader().maxDoc()).toArray());
      Snippets analysed = new Snippets(analyzer, null, query);
      for (int doc = 0; doc < index.reader().maxDoc(); doc++) {
        Document d = stored.document(doc);
        String snippet = fromIndex.snippet(doc, d.get(PaperFields.ABSTRACT));
        assertThat(snippet).as(q + " in the abstract of " + d.get(PaperFields.ID)).isEqualTo(analysed.snippet(doc, d.get(PaperFields.ABSTRACT)));
        assertThat(fromIndex.title(doc, d.get(PaperFields.TITLE))).as(q + " in the title of " + d.get(PaperFields.ID))
            .isEqualTo(analysed.title(doc, d.get(PaperFields.TITLE)));
        marked += snippet.contains("<mark>") ? 1 : 0;
      }
    }
    assertThat(marked).as("abstracts with marks").isGreaterThan(100);
  }

  @Test
  void patternsAreMarkedByAnalysis() throws IOException {
    Query query = new QueryBuilder(analyzer).text(SearchRequest.of("transform*"));
    Snippets snippets = new Snippets(analyzer, index.searcher(), query, IntStream.range(0, index.reader().maxDoc()).toArray());
    StoredFields stored = index.searcher().storedFields();
    long marked = 0;
    for (int doc = 0; doc < index.reader().maxDoc(); doc++) {
      marked += snippets.snippet(doc, stored.document(doc).get(PaperFields.ABSTRACT)).contains("<mark>transform") ? 1 : 0;
    }
    assertThat(marked).isPositive();
  }

  @Test
  void theBestTwoSentencesAreKeptInTextOrderWithTheFirstOnesFillingIn() throws IOException {
    String text = "Alpha beta gamma. Delta epsilon zeta. Graph models here. Theta iota kappa. Graph again and graphs.";
    assertThat(analysed("graph").snippet(0, text)).isEqualTo("<mark>Graph</mark> models here. … <mark>Graph</mark> again and <mark>graphs</mark>.");
    assertThat(analysed("delta").snippet(0, text)).as("one marked sentence and the first unmarked one").isEqualTo("Alpha beta gamma. <mark>Delta</mark> epsilon zeta.");
    assertThat(analysed("theta").snippet(0, text)).isEqualTo("Alpha beta gamma. … <mark>Theta</mark> iota kappa.");
    assertThat(analysed("nowhere").snippet(0, text)).isEqualTo("Alpha beta gamma.");
  }

  @Test
  void textAroundTheMarksIsHtmlEscaped() throws IOException {
    assertThat(analysed("graph").snippet(0, "Tom's <b>graph</b> & \"x\" > y."))
        .isEqualTo("Tom&#x27;s &lt;b&gt;<mark>graph</mark>&lt;/b&gt; &amp; &quot;x&quot; &gt; y.");
    assertThat(analysed("graph").title(0, "<graph>")).isEqualTo("&lt;<mark>graph</mark>&gt;");
  }

  @Test
  void sentencesStoredForAnotherTextAreFoundAgain() throws IOException {
    String text = "Alpha beta gamma. Graph models here.";
    SentenceEnds stale = SentenceEnds.of("Alpha beta. Gamma graph models here and more.");
    assertThat(analysed("graph").snippet(0, text, stale)).isEqualTo(analysed("graph").snippet(0, text, SentenceEnds.of(text)))
        .isEqualTo("Alpha beta gamma. <mark>Graph</mark> models here.");
  }

  private Snippets analysed(String query) throws IOException {
    return new Snippets(analyzer, null, new QueryBuilder(analyzer).text(SearchRequest.of(query)));
  }
}
