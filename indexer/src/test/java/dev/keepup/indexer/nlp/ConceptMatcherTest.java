package dev.keepup.indexer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.indexer.nlp.vocab.Topic;
import dev.keepup.indexer.nlp.vocab.Vocabulary;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConceptMatcherTest {

  private static final Vocabulary<Topic> TOPICS =
      new Vocabulary<>(
          "test",
          List.of(
              new Topic("generative-models", "Generative models", List.of(), List.of(), List.of()),
              new Topic("gans", "Generative adversarial networks", List.of("GAN"), List.of("cs.CV"),
                  List.of("generative-models")),
              new Topic("clustering", "Clustering", List.of(), List.of(), List.of())));

  private final ConceptMatcher<Topic> matcher = new ConceptMatcher<>(TOPICS);

  private static List<List<Token>> sentence(String words) {
    return List.of(Arrays.stream(words.split(" ")).map(w -> new Token(w, "NN", w)).toList());
  }

  private List<ConceptTag> match(String title, String body, List<String> categories) {
    return matcher.match(new AnalysedText(sentence(title), sentence(body)), List.of(), categories);
  }

  @Test
  void matchesPluralsOfMultiWordNamesAndCapitalAcronymsWithPluralS() {
    List<ConceptTag> tags = match("Training stable GANs", "We study generative adversarial networks .", List.of());
    assertThat(tags).extracting(ConceptTag::id).containsExactly("gans", "generative-models");
    // title mention (2) + abstract mention (1): 1 - exp(-3/2)
    assertThat(tags.getFirst().score()).isCloseTo(1 - Math.exp(-1.5), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(tags.get(1).score()).isCloseTo(tags.getFirst().score() * ConceptMatcher.BROADER_SHARE,
        org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void ignoresAcronymsWrittenInLowerCase() {
    assertThat(match("A gan story", "gan gan gan", List.of())).isEmpty();
  }

  @Test
  void needsMoreThanOneAbstractMentionOfASingleWord() {
    assertThat(match("Results", "clustering helps .", List.of())).isEmpty();
    assertThat(match("Results", "clustering helps clustering .", List.of()))
        .extracting(ConceptTag::id)
        .containsExactly("clustering");
  }

  @Test
  void strengthensAMentionedTopicByItsCategoryButNeverAddsOne() {
    double without = match("x", "a GAN .", List.of()).getFirst().score();
    double with = match("x", "a GAN .", List.of("cs.CV")).getFirst().score();
    assertThat(with).isGreaterThan(without);
    assertThat(match("x", "nothing here", List.of("cs.CV"))).isEmpty();
  }
}
