package dev.keepup.indexer.nlp.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularyLoaderTest {

  private final VocabularyLoader loader = new VocabularyLoader();

  private Vocabulary<Topic> topics(String yaml) {
    return loader.topics(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  private Vocabulary<Skill> skills(String yaml) {
    return loader.skills(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  @Test
  void shippedTopicsHoldBetweenOneAndTwoHundredValidEntries() {
    Vocabulary<Topic> topics = loader.shippedTopics();
    assertThat(topics.entries()).hasSizeBetween(100, 200);
    Topic diffusion = topics.get("diffusion-models").orElseThrow();
    assertThat(diffusion.aliases()).contains("DDPM");
    assertThat(diffusion.categories()).contains("cs.LG");
    assertThat(topics.ancestors("diffusion-models")).extracting(Topic::id).contains("generative-models", "machine-learning");
  }

  @Test
  void shippedSkillsCoverTheCareerGuidesAndDeriveALearningPath() {
    Vocabulary<Skill> skills = loader.shippedSkills();
    assertThat(skills.entries())
        .extracting(Skill::id)
        .contains("linear-algebra", "calculus", "probability", "statistics", "python", "sql", "r-language", "numpy",
            "pandas", "matplotlib", "scikit-learn", "linear-regression", "decision-trees", "random-forests",
            "support-vector-machines", "neural-networks", "convolutional-neural-networks",
            "recurrent-neural-networks", "clustering", "dimensionality-reduction", "anomaly-detection",
            "deep-learning", "natural-language-processing", "computer-vision", "reinforcement-learning",
            "generative-adversarial-networks", "recommendation-systems", "healthcare-applications",
            "finance-applications");
    var path = skills.ancestors("deep-learning").stream().map(Skill::id).toList();
    assertThat(path).contains("linear-algebra", "calculus", "neural-networks");
    assertThat(path.indexOf("probability")).isLessThan(path.indexOf("statistics"));
    assertThat(path.indexOf("statistics")).isLessThan(path.indexOf("machine-learning-basics"));
    assertThat(path.getLast()).isEqualTo("neural-networks");
  }

  @Test
  void readsAFileFromDisk(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("skills.yaml");
    Files.writeString(file, "skills:\n  - id: sql\n    label: SQL\n  - id: dbs\n    label: Databases\n    requires: [sql]\n");
    assertThat(loader.skills(file).ancestors("dbs")).extracting(Skill::id).containsExactly("sql");
  }

  @Test
  void rejectsAnUnknownBroaderTopicNamingTheEntry() {
    assertThatThrownBy(() -> topics("topics:\n  - id: rlhf\n    label: RLHF\n    broader: [alignment]\n"))
        .isInstanceOf(VocabularyException.class)
        .hasMessageContaining("'rlhf'")
        .hasMessageContaining("unknown id 'alignment'");
  }

  @Test
  void rejectsACycleOfRequirementsNamingIt() {
    assertThatThrownBy(
            () ->
                skills(
                    "skills:\n  - {id: a, label: A, requires: [b]}\n  - {id: b, label: B, requires: [c]}\n"
                        + "  - {id: c, label: C, requires: [a]}\n"))
        .isInstanceOf(VocabularyException.class)
        .hasMessageContaining("cycle")
        .hasMessageContaining("a -> b -> c -> a");
  }

  @Test
  void rejectsADuplicateId() {
    assertThatThrownBy(() -> topics("topics:\n  - {id: nlp, label: NLP}\n  - {id: nlp, label: Language}\n"))
        .isInstanceOf(VocabularyException.class)
        .hasMessageContaining("'nlp' is defined twice");
  }

  @Test
  void rejectsAnUnknownKeySoTyposSurface() {
    assertThatThrownBy(() -> topics("topics:\n  - {id: nlp, label: NLP, alias: [x]}\n"))
        .isInstanceOf(VocabularyException.class)
        .hasMessageContaining("test.yaml")
        .hasMessageContaining("alias");
  }

  @Test
  void rejectsAMissingLabelAndABadId() {
    assertThatThrownBy(() -> topics("topics:\n  - {id: nlp}\n"))
        .isInstanceOf(VocabularyException.class)
        .hasMessageContaining("nlp: label is missing");
    assertThatThrownBy(() -> topics("topics:\n  - {id: Not An Id, label: X}\n"))
        .isInstanceOf(VocabularyException.class)
        .hasMessageContaining("id must be lower-case");
  }

  @Test
  void rejectsMalformedYamlWithTheSourceName() {
    assertThatThrownBy(() -> topics("topics: [ {id: nlp"))
        .isInstanceOf(VocabularyException.class)
        .hasMessageStartingWith("test.yaml: ");
  }
}
