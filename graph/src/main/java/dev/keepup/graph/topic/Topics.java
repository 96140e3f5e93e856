package dev.keepup.graph.topic;

import dev.keepup.graph.PaperSummary;
import dev.keepup.graph.Ranked;
import dev.keepup.graph.Reader;
import dev.keepup.graph.Window;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
          Map<String, List<String>> byPaper = new LinkedHashMap<>();
          for (Value pair : r.get("authorships").values()) {
            byPaper.computeIfAbsent(pair.get(0).asString(), p -> new ArrayList<>()).add(pair.get(1).asString());
          }
          Map<String, Double> active = new HashMap<>();
          byPaper.values().forEach(keys -> keys.forEach(k -> active.merge(k, 1.0, Double::sum)));
          Map<String, Double> influence = Influence.scores(List.copyOf(byPaper.values()));
          List<String> topActive = top(active);
          List<String> topInfluential = top(influence);
          Map<String, String> names = new HashMap<>();
          List<String> keys = new ArrayList<>(topActive);
          keys.addAll(topInfluential);
          tx.run(TopicCypher.NAMES, Map.of("keys", keys))
              .forEachRemaining(n -> names.put(n.get("key").asString(), n.get("name").asString()));
          Function<Map<String, Double>, Function<String, Ranked>> ranked = scores -> k -> new Ranked(k, names.get(k), scores.get(k));
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
                  topActive.stream().map(ranked.apply(active)).toList(),
                  topInfluential.stream().map(ranked.apply(influence)).toList(),
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

  private static List<String> top(Map<String, Double> scores) {
    return scores.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP)
        .map(Map.Entry::getKey)
        .toList();
  }
}
