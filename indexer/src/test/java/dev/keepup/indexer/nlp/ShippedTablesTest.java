package dev.keepup.indexer.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ShippedTablesTest {

  @Test
  void shippedDocumentFrequenciesMakeCommonWordsCheapAndRareWordsDear() {
    DocumentFrequencies frequencies = DocumentFrequencies.shipped();
    assertThat(frequencies.idf(Stems.of("the"))).isLessThan(0.1);
    assertThat(frequencies.idf(Stems.of("learning"))).isLessThan(frequencies.idf(Stems.of("diffusion")));
    assertThat(frequencies.idf(Stems.of("diffusion"))).isLessThan(frequencies.idf("neverseenbefore"));
  }

  @Test
  void documentFrequenciesRefuseATableWithoutHeader() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (var gzip = new GZIPOutputStream(bytes)) {
      gzip.write("graph\t3\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThatThrownBy(() -> DocumentFrequencies.read(new ByteArrayInputStream(bytes.toByteArray())))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("#documents");
  }

  @Test
  void keyphraseModelSurvivesAWriteAndReadRoundTrip() throws IOException {
    KeyphraseModel shipped = KeyphraseModel.shipped();
    StringWriter text = new StringWriter();
    shipped.write(text, "round trip");
    KeyphraseModel again = KeyphraseModel.read(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
    double[] features = new double[CandidateFeatures.NAMES.size()];
    java.util.Arrays.fill(features, 1.5);
    assertThat(again.score(features)).isCloseTo(shipped.score(features), org.assertj.core.data.Offset.offset(1e-5));
  }

  @Test
  void keyphraseModelRefusesFeaturesItDoesNotKnow() {
    String wrong = "log_count\t0\t1\t1\n".repeat(CandidateFeatures.NAMES.size());
    assertThatThrownBy(() -> KeyphraseModel.read(new ByteArrayInputStream(wrong.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("should be log_maximal_count");
  }

  @Test
  void stemsPhrasesWordByWordSplittingHyphens() {
    assertThat(Stems.ofPhrase("Graph Neural-Networks")).isEqualTo("graph neural network");
    assertThat(Stems.ofPhrase("  ")).isEmpty();
  }
}
