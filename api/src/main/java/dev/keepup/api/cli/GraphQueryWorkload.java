package dev.keepup.api.cli;

import dev.keepup.graph.GraphStore;
import dev.keepup.graph.Window;
import dev.keepup.graph.explore.NodeKind;
import dev.keepup.graph.identity.NameForm;
import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The read side of {@code keepup bench graph}: for each query kind, seeded random arguments drawn
 * from the loaded corpus, a warm-up, then timed runs. Researchers are drawn as the full-name
 * authors of random papers; a collaboration path joins a researcher to one reached by a 3-step
 * random walk over co-authorship; topic pages cover the last 365 days of the corpus, trending the
 * 30 days before a random month end in the last year.
 */
final class GraphQueryWorkload {

  /** The query kinds, in the order they are reported. */
  static final List<String> KINDS =
      List.of("researcher_profile", "topic_page", "trending_topics", "skill_page", "learning_path", "neighbourhood", "collaboration_path");

  private static final int WARM_UP = 20;

  private final GraphStore graph;
  private final List<Paper> papers;
  private final Map<String, List<Integer>> papersByResearcher = new HashMap<>();
  private final List<String> topics;
  private final List<String> skills;
  private final Instant end;
  private final Random random;

  GraphQueryWorkload(GraphStore graph, List<Paper> papers, List<String> topics, List<String> skills, long seed) {
    this.graph = graph;
    this.papers = papers;
    this.topics = topics;
    this.skills = skills;
    this.random = new Random(seed);
    for (int i = 0; i < papers.size(); i++) {
      for (Author a : papers.get(i).authors()) {
        papersByResearcher.computeIfAbsent(NameForm.parse(a.name()).key(), k -> new ArrayList<>()).add(i);
      }
    }
    this.end = papers.stream().map(Paper::published).max(Instant::compareTo).orElseThrow().plus(Duration.ofDays(1));
  }

  /** Median and 95th percentile of one query kind, in milliseconds. */
  record Latency(double p50Ms, double p95Ms) {}

  /** Runs every kind {@code runs} times (after a warm-up) and returns their latencies. */
  Map<String, Latency> run(int runs) {
    Map<String, Latency> result = new LinkedHashMap<>();
    for (String kind : KINDS) {
      for (int i = 0; i < WARM_UP; i++) {
        once(kind);
      }
      long[] nanos = new long[runs];
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        once(kind);
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      result.put(kind, new Latency(percentile(nanos, 0.50), percentile(nanos, 0.95)));
    }
    return result;
  }

  private void once(String kind) {
    switch (kind) {
      case "researcher_profile" -> graph.researchers().profile(researcher(), end);
      case "topic_page" -> graph.topics().page(pick(topics), Window.before(end, Duration.ofDays(365)));
      case "trending_topics" -> graph.topics().trending(Window.before(end.minus(Duration.ofDays(30L * random.nextInt(12))), Duration.ofDays(30)), 3, 10);
      case "skill_page" -> graph.skills().page(pick(skills));
      case "learning_path" -> graph.skills().learningPath(random.nextBoolean() ? pick(skills) : pick(topics));
      case "neighbourhood" -> graph.explorer().neighbourhood(NodeKind.RESEARCHER, researcher(), 2, 200);
      case "collaboration_path" -> {
        String from = researcher();
        String to = walk(from, 3);
        if (!to.equals(from)) {
          graph.researchers().collaborationPath(from, to);
        }
      }
      default -> throw new IllegalArgumentException("unknown query kind " + kind);
    }
  }

  /** A researcher key of a full-name author of a random paper. */
  private String researcher() {
    while (true) {
      Paper p = papers.get(random.nextInt(papers.size()));
      List<NameForm> full = p.authors().stream().map(a -> NameForm.parse(a.name())).filter(f -> !f.initialsOnly()).toList();
      if (!full.isEmpty()) {
        return pick(full).key();
      }
    }
  }

  private String walk(String from, int steps) {
    String at = from;
    for (int i = 0; i < steps; i++) {
      Paper p = papers.get(pick(papersByResearcher.getOrDefault(at, List.of(0))));
      NameForm next = NameForm.parse(pick(p.authors()).name());
      if (!next.initialsOnly()) {
        at = next.key();
      }
    }
    return at;
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static double percentile(long[] sorted, double q) {
    int index = (int) Math.ceil(q * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
