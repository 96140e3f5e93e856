package dev.keepup.graph.topic;

import dev.keepup.graph.PaperSummary;
import dev.keepup.graph.Ranked;
import dev.keepup.graph.Reader;
import dev.keepup.graph.Window;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

/**
 * Topic pages and trending topics. Researcher rankings of a page look at the newest {@value #CAP}
 * papers of the window, which keeps a page's cost bounded however large the topic grows.
 */
public final class Topics {

  static final int CAP = 1_000;
  private static final int TOP = 10;

  private final Reader reader;

  public Topics(Driver driver, SessionConfig sessionConfig) {
    this.reader = new Reader(driver, sessionConfig);
  }

  /** The page of a topic over {@code window}. */
  public Optional<TopicPage> page(String id, Window window) {
    Map<String, Object> params = new HashMap<>(window.params());
    params.putAll(Map.of("id", id, "cap", CAP, "top", TOP, "newest", TOP));
    return reader.read(
        tx -> {
          List<Record> records = tx.run(TopicCypher.PAGE, params).list();
          if (records.isEmpty()) {
            return Optional.empty();
          }
          Record r = records.getFirst();
          List<List<String>> authors = r.get("authors").asList(v -> v.asList(Value::asString));
          Map<String, Double> active = new HashMap<>();
          authors.forEach(paper -> paper.stream().distinct().forEach(node -> active.merge(node, 1.0, Double::sum)));
          Map<String, Double> influence = Influence.scores(authors);
          Set<String> candidates = new HashSet<>(candidates(active));
          candidates.addAll(candidates(influence));
          Map<String, Ranked> researchers = new HashMap<>();
          tx.run(TopicCypher.NAMES, Map.of("nodes", List.copyOf(candidates)))
              .forEachRemaining(n -> researchers.put(n.get("node").asString(), new Ranked(n.get("key").asString(), n.get("name").asString(), 0)));
          long papers = r.get("papers").asLong();
          long previous = r.get("previousPapers").asLong();
          return Optional.of(
              new TopicPage(
                  r.get("id").asString(),
                  r.get("label").asString(),
                  r.get("broader").asList(Ranked::of).stream().filter(b -> b.id() != null).toList(),
                  window,
                  papers,
                  previous,
                  (papers + 1.0) / (previous + 1.0),
                  top(active, researchers),
                  top(influence, researchers),
                  r.get("related").asList(Ranked::of),
                  r.get("newest").asList(PaperSummary::of)));
        });
  }

  /**
   * Topics growing fastest in {@code window} against the window before (score = (now + 1) /
   * (before + 1)), among those with at least {@code minPapers} papers in the window.
   */
  public List<Ranked> trending(Window window, int minPapers, int limit) {
    Map<String, Object> params = new HashMap<>(window.params());
    params.putAll(Map.of("minPapers", minPapers, "top", limit));
    return reader.list(TopicCypher.TRENDING, params).stream()
        .map(r -> new Ranked(r.get("id").asString(), r.get("name").asString(), r.get("score").asDouble()))
        .toList();
  }

  /**
   * The nodes that can rank among the first {@value #TOP}: those scoring at least the {@value
   * #TOP}th score, ties included, since ties are broken by researcher key, which only the names
   * query reads.
   */
  private static List<String> candidates(Map<String, Double> scores) {
    List<Double> sorted = scores.values().stream().sorted(Comparator.reverseOrder()).limit(TOP).toList();
    if (sorted.isEmpty()) {
      return List.of();
    }
    double threshold = sorted.getLast();
    return scores.entrySet().stream().filter(e -> e.getValue() >= threshold).map(Map.Entry::getKey).toList();
  }

  /** The first {@value #TOP} researchers by score, ties by key. */
  private static List<Ranked> top(Map<String, Double> scores, Map<String, Ranked> researchers) {
    return candidates(scores).stream()
        .filter(researchers::containsKey)
        .map(node -> new Ranked(researchers.get(node).id(), researchers.get(node).name(), scores.get(node)))
        .sorted(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::id))
        .limit(TOP)
        .toList();
  }
}
