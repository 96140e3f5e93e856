package dev.keepup.graph.skill;

import dev.keepup.graph.PaperSummary;
import dev.keepup.graph.Ranked;
import dev.keepup.graph.Reader;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

/** Skill pages and learning paths. */
public final class Skills {

  private static final int CAP = 1_000;
  private static final int TOP = 10;
  private static final int TOPIC_TARGETS = 3;
  private static final int RECENT = 50;
  private static final int READING = 3;

  private final Reader reader;

  public Skills(Driver driver, SessionConfig sessionConfig) {
    this.reader = new Reader(driver, sessionConfig);
  }

  /** The page of a skill. */
  public Optional<SkillPage> page(String id) {
    return reader.read(
        tx -> {
          List<Record> records = tx.run(SkillCypher.PAGE, Map.of("id", id, "cap", CAP, "top", TOP)).list();
          if (records.isEmpty()) {
            return Optional.empty();
          }
          Record r = records.getFirst();
          List<Ranked> order = inLearningOrder(tx, List.of(id));
          return Optional.of(
              new SkillPage(
                  r.get("id").asString(),
                  r.get("label").asString(),
                  order.stream().filter(s -> !s.id().equals(id)).toList(),
                  r.get("papers").asList(PaperSummary::of),
                  r.get("researchers").asList(Ranked::of)));
        });
  }

  /**
   * The learning path to a skill, or to a topic through the skills its recent papers use most.
   * Empty when no skill or topic has that id.
   */
  public Optional<LearningPath> learningPath(String skillOrTopicId) {
    return reader.read(
        tx -> {
          List<String> targets =
              tx.run("MATCH (s:Skill {id: $id}) RETURN s.id AS id", Map.of("id", skillOrTopicId)).hasNext()
                  ? List.of(skillOrTopicId)
                  : tx.run(SkillCypher.TOPIC_SKILLS, Map.of("id", skillOrTopicId, "cap", CAP, "top", TOPIC_TARGETS))
                      .list(r -> r.get("id").asString());
          if (targets.isEmpty()) {
            return Optional.empty();
          }
          List<Ranked> order = inLearningOrder(tx, targets);
          Map<String, List<PaperSummary>> reading = new HashMap<>();
          tx.run(SkillCypher.READING, Map.of("ids", order.stream().map(Ranked::id).toList(), "recent", RECENT, "per", READING))
              .forEachRemaining(r -> reading.put(r.get("id").asString(), r.get("reading").asList(PaperSummary::of)));
          List<LearningPath.Step> steps =
              order.stream().map(s -> new LearningPath.Step(s, reading.getOrDefault(s.id(), List.of()))).toList();
          return Optional.of(new LearningPath(skillOrTopicId, steps));
        });
  }

  /** The targets and all they require, each after its prerequisites (score = position, from 1). */
  private static List<Ranked> inLearningOrder(TransactionContext tx, List<String> targets) {
    Map<String, List<String>> requires = new LinkedHashMap<>();
    Map<String, String> labels = new HashMap<>();
    tx.run(SkillCypher.PREREQUISITES, Map.of("ids", targets))
        .forEachRemaining(
            r -> {
              requires.put(r.get("id").asString(), r.get("requires").asList(v -> v.asString()));
              labels.put(r.get("id").asString(), r.get("label").asString());
            });
    List<String> all = LearningOrder.of(requires);
    return IntStream.range(0, all.size())
        .mapToObj(i -> new Ranked(all.get(i), labels.get(all.get(i)), i + 1))
        .toList();
  }
}
