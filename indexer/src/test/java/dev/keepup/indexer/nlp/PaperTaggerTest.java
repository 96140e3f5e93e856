package dev.keepup.indexer.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow")
class PaperTaggerTest {

  private final PaperTagger tagger = SharedTagger.INSTANCE;

  /** Papers of the arXiv sample by id. */
  private static Map<String, JsonNode> papers() throws IOException {
    try (InputStream in = PaperTaggerTest.class.getResourceAsStream("/arxiv-sample/papers.jsonl")) {
      ObjectMapper json = new ObjectMapper();
      List<JsonNode> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        rows.add(json.readTree(line));
      }
      return rows.stream().collect(Collectors.toMap(p -> p.get("arxiv_id").asText(), Function.identity()));
    }
  }

  private Tags tag(JsonNode paper) {
    List<String> categories = new ArrayList<>();
    paper.get("categories").forEach(c -> categories.add(c.asText()));
    return tagger.tag(paper.get("title").asText(), paper.get("abstract").asText(), categories);
  }

  private static List<String> ids(List<ConceptTag> tags) {
    return tags.stream().map(ConceptTag::id).toList();
  }

  @Test
  void tagsAnRlhfPaperWithRlhfAndReinforcementLearning() throws IOException {
    Tags tags = tag(papers().get("2506.08266"));
    assertThat(ids(tags.topics())).startsWith("rlhf").contains("reinforcement-learning", "large-language-models");
    assertThat(ids(tags.skills())).contains("reinforcement-learning");
    assertThat(tags.keyphrases()).hasSize(PaperTagger.KEYPHRASES);
  }

  @Test
  void tagsARetrievalAugmentedDrivingPaperWithRagVisionLanguageAndDriving() throws IOException {
    Tags tags = tag(papers().get("2503.13861"));
    assertThat(ids(tags.topics()))
        .contains("retrieval-augmented-generation", "vision-language-models", "autonomous-driving");
    assertThat(tags.keyphrases()).extracting(Keyphrase::phrase).contains("safe autonomous driving system");
  }

  @Test
  void tagsAGeneSelectionPaperWithRandomForestsAndSupportVectorMachines() throws IOException {
    Tags tags = tag(papers().get("1207.3285"));
    assertThat(ids(tags.skills())).contains("random-forests", "support-vector-machines");
    assertThat(tags.keyphrases()).extracting(Keyphrase::phrase).contains("microarray gene expression analysis");
  }

  @Test
  void ranksKeyphrasesBestFirstWithScoresBetweenZeroAndOne() throws IOException {
    List<Keyphrase> keyphrases = tag(papers().get("2506.08266")).keyphrases();
    for (int i = 1; i < keyphrases.size(); i++) {
      assertThat(keyphrases.get(i).score()).isLessThanOrEqualTo(keyphrases.get(i - 1).score());
    }
    assertThat(keyphrases).allSatisfy(k -> assertThat(k.score()).isBetween(0.0, 1.0));
  }

  @Test
  void givesEmptyTagsForEmptyOrMissingText() {
    assertThat(tagger.tag("", "")).isEqualTo(Tags.empty());
    assertThat(tagger.tag(null, null)).isEqualTo(Tags.empty());
  }

  @Test
  void cutsAMegabyteOfTextAndStillAnswers() {
    String megabyte = "Graph neural networks learn node embeddings for link prediction. ".repeat(16_000);
    assertThat(megabyte.length()).isGreaterThan(1_000_000);
    Tags tags = tagger.tag(megabyte, megabyte);
    assertThat(ids(tags.topics())).contains("graph-neural-networks");
  }

  @Test
  void acceptsAChineseTitleWithAnEnglishAbstract() {
    Tags tags = tagger.tag("基于图神经网络的推荐系统", "We build a recommender system with graph neural networks.");
    assertThat(ids(tags.topics())).contains("recommender-systems", "graph-neural-networks");
  }

  @Test
  void acceptsTextThatIsAllLatexAndControlCharacters() {
    Tags latex = tagger.tag("$\\mathcal{O}(n)$", "$$\\int_0^1 f(x)\\,dx$$ \\begin{equation} a=b \\end{equation} \\\\ {}{}{");
    Tags control = tagger.tag("\u0000\u0001\u0002", "\u0007\u001b[31m\u0000 deep learning\u0085\ufeff");
    assertThat(latex.topics()).isEmpty();
    assertThat(control.keyphrases()).extracting(Keyphrase::phrase).startsWith("deep learning");
  }

  @Test
  void givesTheSameTagsFromSeveralThreadsAsFromOne() throws Exception {
    List<JsonNode> sample = List.copyOf(papers().values());
    List<Tags> expected = sample.stream().map(this::tag).toList();
    try (ExecutorService pool = Executors.newFixedThreadPool(4, Thread.ofPlatform().name("tag-test-", 1).factory())) {
      List<Future<Tags>> futures = new ArrayList<>();
      for (int round = 0; round < 8; round++) {
        for (JsonNode paper : sample) {
          futures.add(pool.submit(() -> tag(paper)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % sample.size()));
      }
    }
  }
}
