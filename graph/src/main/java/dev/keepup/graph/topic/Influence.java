package dev.keepup.graph.topic;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PageRank on a weighted co-authorship graph, computed in O(authorships) per iteration without
 * building the pairs (a paper with 1,000 authors would make a million): two researchers are linked
 * with weight Σ 1/(n−1) over the papers they wrote together, n the paper's author count (Newman's
 * collaboration weight); a researcher passes its score to co-authors in proportion to these
 * weights. Damping 0.85; researchers without co-authors hand their score to everyone evenly; at
 * most 50 iterations, stopping when the scores move less than 1e-9 in total. Neo4j Community has no
 * Graph Data Science library, so this runs in Java on the edges Cypher returns.
 */
final class Influence {

  private static final double DAMPING = 0.85;
  private static final int MAX_ITERATIONS = 50;
  private static final double TOLERANCE = 1e-9;

  private Influence() {}

  /** Scores (summing to 1) of the researchers of {@code papers}, each a list of researcher keys. */
  static Map<String, Double> scores(List<List<String>> papers) {
    Map<String, Integer> index = new HashMap<>();
    int[][] authors = new int[papers.size()][];
    for (int p = 0; p < papers.size(); p++) {
      List<String> keys = papers.get(p).stream().distinct().toList();
      authors[p] = keys.stream().mapToInt(k -> index.computeIfAbsent(k, x -> index.size())).toArray();
    }
    int n = index.size();
    if (n == 0) {
      return Map.of();
    }
    double[] strength = new double[n]; // total collaboration weight of each researcher
    for (int[] a : authors) {
      if (a.length > 1) {
        for (int r : a) {
          strength[r] += 1.0;
        }
      }
    }
    double[] score = new double[n];
    Arrays.fill(score, 1.0 / n);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] next = step(authors, strength, score);
      double change = 0;
      for (int i = 0; i < n; i++) {
        change += Math.abs(next[i] - score[i]);
      }
      score = next;
      if (change < TOLERANCE) {
        break;
      }
    }
    Map<String, Double> result = new HashMap<>();
    for (var e : index.entrySet()) {
      result.put(e.getKey(), score[e.getValue()]);
    }
    return result;
  }

  private static double[] step(int[][] authors, double[] strength, double[] score) {
    int n = score.length;
    double dangling = 0;
    for (int i = 0; i < n; i++) {
      if (strength[i] == 0) {
        dangling += score[i];
      }
    }
    double[] next = new double[n];
    Arrays.fill(next, (1 - DAMPING) / n + DAMPING * dangling / n);
    for (int[] a : authors) {
      if (a.length < 2) {
        continue;
      }
      // i gives score_i / strength_i to each of its papers; a paper passes it to its other n-1 authors
      double sent = 0;
      for (int r : a) {
        sent += score[r] / strength[r];
      }
      for (int r : a) {
        next[r] += DAMPING * (sent - score[r] / strength[r]) / (a.length - 1);
      }
    }
    return next;
  }
}
