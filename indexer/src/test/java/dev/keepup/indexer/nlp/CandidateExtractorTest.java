package dev.keepup.indexer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CandidateExtractorTest {

  private final CandidateExtractor extractor = new CandidateExtractor();

  /** Tokens from "word/TAG" pairs; the lemma of a plural noun drops its "s". */
  private static List<Token> tagged(String text) {
    return Arrays.stream(text.split(" "))
        .map(
            pair -> {
              String word = pair.substring(0, pair.lastIndexOf('/'));
              String tag = pair.substring(pair.lastIndexOf('/') + 1);
              String lemma = tag.equals("NNS") ? word.substring(0, word.length() - 1) : word;
              return new Token(word, tag, lemma);
            })
        .toList();
  }

  private Map<String, Candidate> candidates(String title, String body) {
    return extractor.extract(List.of(tagged(title)), List.of(tagged(body))).stream()
        .collect(Collectors.toMap(Candidate::key, Function.identity()));
  }

  @Test
  void takesAdjectiveNounRunsAndTheirSpansThatEndInANoun() {
    Map<String, Candidate> found =
        candidates("Graph/NN attention/NN", "We/PRP train/VBP deep/JJ graph/NN attention/NN networks/NNS ./.");
    assertThat(found)
        .containsKeys("deep graph attent network", "graph attent network", "attent network", "network", "graph attent");
    assertThat(found.get("deep graph attent network").maximalCount()).isEqualTo(1);
    assertThat(found.get("graph attent").count()).isEqualTo(2);
    assertThat(found.get("graph attent").inTitle()).isTrue();
    assertThat(found.get("deep graph attent network").display()).isEqualTo("deep graph attention network");
  }

  @Test
  void letsAParticipleOpenAPhraseOnlyAfterADeterminer() {
    Map<String, Candidate> found =
        candidates("Results/NNS", "an/DT embedded/VBN wavelet/NN scheme/NN using/VBG progressive/JJ transmission/NN");
    assertThat(found).containsKey("embed wavelet scheme").containsKey("progress transmiss");
    assertThat(found).doesNotContainKeys("us progress transmiss", "scheme us progress transmiss");
    assertThat(found.get("embed wavelet scheme").startsWithVerbForm()).isTrue();
  }

  @Test
  void dropsTrailingAdjectivesAndNonWords() {
    Map<String, Candidate> found = candidates("x/SYM", "models/NNS robust/JJ to/TO noise/NN %/NN 42/CD");
    assertThat(found.keySet()).containsExactlyInAnyOrder("model", "nois");
  }

  @Test
  void keepsAcronymsInCapitalsAndSingularisesRegularPlurals() {
    Map<String, Candidate> found = candidates("GANs/NNS", "the/DT data/NNS");
    assertThat(found.get("gan").display()).isEqualTo("GANs");
    assertThat(found.get("data").display()).isEqualTo("data");
  }

  @Test
  void capsLongPhrasesAtFiveWords() {
    Map<String, Candidate> found = candidates("a/DT", "big/JJ fast/JJ deep/JJ sparse/JJ graph/NN neural/JJ networks/NNS");
    assertThat(found.keySet()).allMatch(key -> key.split(" ").length <= CandidateExtractor.MAX_WORDS);
    assertThat(found.get("deep spars graph neural network").maximalCount()).isEqualTo(1);
    assertThat(found).doesNotContainKey("fast deep spars graph neural network");
  }
}
