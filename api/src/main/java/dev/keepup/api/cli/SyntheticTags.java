package dev.keepup.api.cli;

import dev.keepup.graph.PaperTags;
import dev.keepup.graph.ScoredRef;
import dev.keepup.graph.SkillNode;
import dev.keepup.graph.TopicNode;
import dev.keepup.model.Paper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Deterministic stand-in tags for benchmarks while the tagger is not wired in: a small ML
 * vocabulary (20 topics with BROADER, 20 skills with REQUIRES), and for each paper the (at most 3)
 * topics and skills whose keywords occur most in its title and abstract, scored 0.5 + 0.1 per
 * keyword hit (at most 1.0); a paper with no hit gets one topic and one skill chosen by a hash of
 * its id, scored 0.3.
 */
final class SyntheticTags {

  private SyntheticTags() {}

  /** An entry of the vocabulary with its parents (broader or required) and keywords. */
  private record Entry(String id, List<String> parents, List<String> keywords) {}

  private static final List<Entry> TOPICS =
      List.of(
          new Entry("ml", List.of(), List.of("machine learning", "learning algorithm")),
          new Entry("deep-learning", List.of("ml"), List.of("deep", "neural network")),
          new Entry("nlp", List.of("ml"), List.of("language", "text", "linguistic", "corpus")),
          new Entry("computer-vision", List.of("deep-learning"), List.of("image", "vision", "visual", "video")),
          new Entry("reinforcement-learning", List.of("ml"), List.of("reinforcement", "reward", "policy", "agent")),
          new Entry("graph-learning", List.of("deep-learning"), List.of("graph neural", "node", "graph")),
          new Entry("generative-models", List.of("deep-learning"), List.of("generative", "gan", "vae", "synthesis")),
          new Entry("diffusion-models", List.of("generative-models"), List.of("diffusion", "denoising")),
          new Entry("llm", List.of("nlp", "generative-models"), List.of("large language model", "llm", "gpt", "prompt")),
          new Entry("machine-translation", List.of("nlp"), List.of("translation", "bilingual", "multilingual")),
          new Entry("parsing", List.of("nlp"), List.of("parsing", "parser", "grammar", "syntactic")),
          new Entry("information-retrieval", List.of("ml"), List.of("retrieval", "search", "query", "ranking")),
          new Entry("recommender-systems", List.of("information-retrieval"), List.of("recommend", "collaborative filtering", "user")),
          new Entry("speech", List.of("ml"), List.of("speech", "audio", "acoustic", "spoken")),
          new Entry("robotics", List.of("reinforcement-learning"), List.of("robot", "manipulation", "navigation")),
          new Entry("optimization", List.of("ml"), List.of("optimization", "gradient", "convergence")),
          new Entry("evolutionary-computation", List.of("optimization"), List.of("evolutionary", "genetic", "swarm", "neuroevolution")),
          new Entry("fairness", List.of("ml"), List.of("fairness", "bias", "ethical")),
          new Entry("interpretability", List.of("ml"), List.of("interpretab", "explainab", "attribution")),
          new Entry("federated-learning", List.of("ml"), List.of("federated", "privacy", "distributed")));

  private static final List<Entry> SKILLS =
      List.of(
          new Entry("linear-algebra", List.of(), List.of("matrix", "vector", "linear")),
          new Entry("calculus", List.of(), List.of("derivative", "gradient")),
          new Entry("probability", List.of(), List.of("probabilit", "bayesian", "stochastic", "distribution")),
          new Entry("statistics", List.of("probability"), List.of("statistic", "estimat", "hypothesis")),
          new Entry("programming", List.of(), List.of("implementation", "code", "software")),
          new Entry("optimization-methods", List.of("calculus", "linear-algebra"), List.of("optimiz", "sgd", "convex")),
          new Entry("backpropagation", List.of("calculus", "linear-algebra"), List.of("backprop", "training")),
          new Entry("neural-networks", List.of("backpropagation", "programming"), List.of("neural", "network")),
          new Entry("cnn", List.of("neural-networks"), List.of("convolution", "cnn")),
          new Entry("rnn", List.of("neural-networks"), List.of("recurrent", "lstm", "sequence")),
          new Entry("attention", List.of("neural-networks", "linear-algebra"), List.of("attention")),
          new Entry("transformers", List.of("attention"), List.of("transformer", "bert", "pretrain")),
          new Entry("rl-methods", List.of("probability", "neural-networks"), List.of("q-learning", "policy gradient", "markov decision")),
          new Entry("bayesian-inference", List.of("probability", "statistics"), List.of("posterior", "inference", "variational")),
          new Entry("graph-theory", List.of("linear-algebra"), List.of("graph", "spectral")),
          new Entry("information-theory", List.of("probability"), List.of("entropy", "information")),
          new Entry("evaluation", List.of("statistics"), List.of("benchmark", "evaluat", "metric")),
          new Entry("embeddings", List.of("linear-algebra", "neural-networks"), List.of("embedding", "representation")),
          new Entry("fine-tuning", List.of("transformers"), List.of("fine-tun", "adapter", "lora")),
          new Entry("genetic-algorithms", List.of("probability", "programming"), List.of("genetic algorithm", "crossover", "mutation")));

  static List<TopicNode> topics() {
    return TOPICS.stream().map(e -> new TopicNode(e.id(), label(e.id()), e.parents())).toList();
  }

  static List<SkillNode> skills() {
    return SKILLS.stream().map(e -> new SkillNode(e.id(), label(e.id()), e.parents())).toList();
  }

  static PaperTags tag(Paper p) {
    String text = (p.title() + " " + p.summary()).toLowerCase(Locale.ROOT);
    return new PaperTags(p.id(), best(TOPICS, text, p), best(SKILLS, text, p));
  }

  private static List<ScoredRef> best(List<Entry> vocabulary, String text, Paper p) {
    List<Map.Entry<String, Integer>> hits = new ArrayList<>();
    for (Entry e : vocabulary) {
      int n = 0;
      for (String keyword : e.keywords()) {
        n += text.contains(keyword) ? 1 : 0;
      }
      if (n > 0) {
        hits.add(Map.entry(e.id(), n));
      }
    }
    if (hits.isEmpty()) {
      return List.of(new ScoredRef(vocabulary.get(Math.floorMod(p.id().hashCode(), vocabulary.size())).id(), 0.3));
    }
    return hits.stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(3)
        .map(h -> new ScoredRef(h.getKey(), Math.min(1.0, 0.5 + 0.1 * h.getValue())))
        .toList();
  }

  private static String label(String id) {
    String spaced = id.replace('-', ' ');
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
