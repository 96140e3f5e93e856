package dev.keepup.indexer.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow")
class KeyphraseEvaluationTest {

  private static Path sample() throws URISyntaxException {
    return Path.of(KeyphraseEvaluationTest.class.getResource("/inspec-sample").toURI());
  }

  @Test
  void readsTitleAbstractAndGoldOfTheInspecLayout() throws Exception {
    List<InspecDocument> documents = InspecDocument.readAll(sample());
    assertThat(documents).extracting(InspecDocument::id).containsExactly("100", "1000", "1001", "1002", "1003");
    InspecDocument first = documents.getFirst();
    assertThat(first.title()).isEqualTo("Separate accounts go mainstream [investment]");
    assertThat(first.abstractText()).startsWith("New entrants are shaking up the separate-account industry");
    assertThat(first.gold())
        .containsExactly(
            "separate-account industry", "Web-based platforms", "independent money managers", "investment",
            "financial advisors");
  }

  @Test
  void countsPrecisionOverPredictionsAndRecallOverAllGold() {
    double[] prf = KeyphraseEvaluation.counts(Set.of("a", "b", "c", "d"), Set.of("a", "c", "x", "y", "z", "w"), 5);
    assertThat(prf[0]).isEqualTo(0.5);
    assertThat(prf[1]).isCloseTo(1 / 3.0, offset(1e-12));
    assertThat(prf[2]).isCloseTo(0.4, offset(1e-12));
    assertThat(KeyphraseEvaluation.counts(Set.of(), Set.of("a"), 10)).containsExactly(0, 0, 0);
  }

  @Test
  void scoresTheInspecSampleExactly() throws Exception {
    KeyphraseScores scores =
        new KeyphraseEvaluation(SharedTagger.INSTANCE).evaluate(InspecDocument.readAll(sample()));
    assertThat(scores.documents()).isEqualTo(5);
    assertThat(scores.f1At5()).isCloseTo(F1_AT_5, offset(1e-9));
    assertThat(scores.f1At10()).isCloseTo(F1_AT_10, offset(1e-9));
    assertThat(scores.precisionAt10()).isCloseTo(P_AT_10, offset(1e-9));
  }

  /** Figures of the current tagger on the five documents; change them only with a measured reason. */
  static final double F1_AT_5 = 0.30666666666666664;

  static final double F1_AT_10 = 0.4124251805985552;
  static final double P_AT_10 = 0.36;
}
