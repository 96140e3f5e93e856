package dev.keepup.indexer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCleanerTest {

  private final TextCleaner cleaner = new TextCleaner(20_000);

  @Test
  void keepsSimpleInlineMathSymbolsAndDropsFormulas() {
    assertThat(cleaner.clean("We cluster with $k$-means in $O(n^2 \\log n)$ time."))
        .isEqualTo("We cluster with k-means in time.");
  }

  @Test
  void dropsDisplayMath() {
    assertThat(cleaner.clean("The loss $$\\sum_i \\ell(x_i)$$ is convex.")).isEqualTo("The loss is convex.");
  }

  @Test
  void keepsTheArgumentOfTextCommands() {
    assertThat(cleaner.clean("We call it \\emph{graph attention} and \\textbf{\\textit{GAT}}."))
        .isEqualTo("We call it graph attention and GAT.");
  }

  @Test
  void dropsCitationsAndReferences() {
    assertThat(cleaner.clean("as shown before \\cite{vaswani2017} in Section~\\ref{sec:intro}."))
        .isEqualTo("as shown before in Section .");
  }

  @Test
  void resolvesTexAccents() {
    assertThat(cleaner.clean("Erd\\H{o}s, Schr\\\"odinger, Poincar\\'e, {\\'e}cole, \\c{c}a, Ma\\~nana"))
        .isEqualTo("Erdős, Schrödinger, Poincaré, école, ça, Mañana");
  }

  @Test
  void stripsHtmlTagsAndDecodesEntities() {
    assertThat(cleaner.clean("<p>Deep <b>learning</b> &amp; graphs&nbsp;&lt;3</p>"))
        .isEqualTo("Deep learning & graphs <3");
  }

  @Test
  void removesUrls() {
    assertThat(cleaner.clean("Code: https://github.com/x/y?z=1 and www.example.org/page today."))
        .isEqualTo("Code: and today.");
  }

  @Test
  void replacesControlCharactersBySpaces() {
    assertThat(cleaner.clean("neural\u0000net\u0007works\u200b are\tfun")).isEqualTo("neural net works are fun");
  }

  @Test
  void capsTheLengthAtAWordBoundary() {
    String cleaned = new TextCleaner(100).clean("word ".repeat(1000));
    assertThat(cleaned).hasSizeLessThanOrEqualTo(100).endsWith("word");
  }

  @Test
  void turnsNullAndBlankIntoEmpty() {
    assertThat(cleaner.clean(null)).isEmpty();
    assertThat(cleaner.clean(" \n\t ")).isEmpty();
  }
}
