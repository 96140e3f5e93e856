package dev.keepup.graph;

import dev.keepup.graph.explore.Explorer;
import dev.keepup.graph.researcher.Researchers;
import dev.keepup.graph.skill.Skills;
import dev.keepup.graph.topic.Topics;
import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * The graph, Keepup's system of record: batched idempotent writes of papers, their researchers,
 * categories, organizations, tags, sources and posts, and the reads by feature ({@link
 * #researchers()}, {@link #topics()}, {@link #skills()}, {@link #explorer()}). The same paper twice
 * leaves one node and no duplicate edges; a newer version replaces the older one's properties and
 * edges; an older version arriving late changes nothing. Every write runs in a managed transaction
 * that the driver retries on transient errors.
 */
public final class GraphStore {

  private final Driver driver;
  private final SessionConfig sessionConfig;
  private final Researchers researchers;
  private final Topics topics;
  private final Skills skills;
  private final Explorer explorer;

  /** Uses {@code driver} (owned by the caller) on {@code database}. */
  public GraphStore(Driver driver, String database) {
    this.driver = driver;
    this.sessionConfig = SessionConfig.forDatabase(database);
    this.researchers = new Researchers(driver, sessionConfig);
    this.topics = new Topics(driver, sessionConfig);
    this.skills = new Skills(driver, sessionConfig);
    this.explorer = new Explorer(driver, sessionConfig);
  }

  /** Writes a batch of papers seen at {@code seenAt} in one transaction. */
  public UpsertResult upsertPapers(List<Paper> batch, Instant seenAt) {
    return upsertPapers(batch, seenAt, Map.of());
  }

  /**
   * Writes a batch of papers seen at {@code seenAt} in one transaction, each changed paper with the
   * tags {@code tags} holds for that exact paper (as {@link #tagPapers} would write them, in the same
   * transaction, which saves looking every paper up again). A changed paper {@code tags} lacks keeps
   * its old tags: give them to {@link #tagPapers} after.
   */
  public UpsertResult upsertPapers(List<Paper> batch, Instant seenAt, Map<Paper, PaperTags> tags) {
    try (var session = driver.session(sessionConfig)) {
      return session.executeWrite(
          tx -> {
            UpsertResult result = PaperWriter.upsert(tx, batch, seenAt, tags);
            List<String> created = result.created().stream().map(s -> s.paper().id().value()).toList();
            if (!created.isEmpty() && tx.run(TagCypher.ANY_WAITING).single().get("any").asBoolean()) {
              tx.run(TagCypher.LINK_WAITING_MENTIONS, Map.of("ids", created)).consume();
            }
            return result;
          });
    }
  }

  /**
   * The newest version of each paper of {@code batch} that the graph does not hold at that version
   * or a newer one, in first-seen order: what an upsert of the batch would change now. A read, so a
   * pipeline can tag these papers before it opens the write transaction.
   */
  public List<Paper> notYetStored(List<Paper> batch) {
    Map<PaperId, Paper> newest = PaperWriter.newestPerId(batch);
    List<String> ids = newest.keySet().stream().map(PaperId::value).toList();
    Map<String, Integer> known = new HashMap<>();
    try (var session = driver.session(sessionConfig)) {
      session.executeRead(tx -> {
        tx.run(PaperCypher.KNOWN_VERSIONS, Map.of("ids", ids))
            .forEachRemaining(r -> known.put(r.get("id").asString(), r.get("version").asInt()));
        return null;
      });
    }
    return newest.values().stream().filter(p -> known.getOrDefault(p.id().value(), 0) < p.version()).toList();
  }

  /** Writes topics and skills with their BROADER and REQUIRES edges, replacing the old edges. */
  public void upsertVocabulary(List<TopicNode> topicNodes, List<SkillNode> skillNodes) {
    List<Map<String, Object>> topicRows =
        topicNodes.stream().map(t -> Map.<String, Object>of("id", t.id(), "label", t.label(), "broader", t.broader())).toList();
    List<Map<String, Object>> skillRows =
        skillNodes.stream().map(s -> Map.<String, Object>of("id", s.id(), "label", s.label(), "requires", s.requires())).toList();
    write(TagCypher.UPSERT_TOPICS, Map.of("rows", topicRows), TagCypher.UPSERT_SKILLS, Map.of("rows", skillRows));
  }

  /**
   * Replaces the topics, skills and keyphrases of each paper with the given ones (HAS_TOPIC /
   * USES_SKILL with their scores, keyphrases on the paper). Tags naming papers, topics or skills the
   * graph does not hold are skipped; when a paper or a tag comes twice, the last one counts.
   */
  public void tagPapers(List<PaperTags> tags) {
    Map<PaperId, PaperTags> last = new LinkedHashMap<>();
    tags.forEach(t -> last.put(t.paper(), t));
    List<String> ids = last.keySet().stream().map(PaperId::value).toList();
    List<Map<String, Object>> rows = new ArrayList<>(last.size());
    for (PaperTags t : last.values()) {
      rows.add(Map.of("paper", t.paper().value(), "topics", PaperWriter.tagRows(t.topics()), "skills", PaperWriter.tagRows(t.skills()),
          "keyphrases", t.keyphrases()));
    }
    write(TagCypher.DROP_TAGS, Map.of("ids", ids), TagCypher.TAG_PAPERS, Map.of("rows", rows));
  }

  /** Writes a source and links the given papers to it ({@code FROM_SOURCE}). */
  public void linkFromSource(SourceNode source, List<PaperId> papers) {
    Map<String, Object> sourceParams =
        Map.of("id", source.id(), "kind", source.kind(), "title", source.title(), "url", source.url() == null ? "" : source.url());
    Map<String, Object> linkParams = Map.of("source", source.id(), "ids", papers.stream().map(PaperId::value).toList());
    write(TagCypher.UPSERT_SOURCE, sourceParams, TagCypher.LINK_FROM_SOURCE, linkParams);
  }

  /**
   * Writes blog posts of sources already written, each linked to its source and by {@code MENTIONS}
   * to the papers it links; a mentioned paper not in the graph yet is linked when it arrives.
   */
  public void upsertPosts(List<PostNode> posts) {
    List<Map<String, Object>> rows =
        posts.stream()
            .map(p -> Map.<String, Object>of(
                "url", p.url().toString(), "title", p.title(), "text", p.text(), "published", PaperWriter.utc(p.published()),
                "source", p.sourceId(), "mentions", p.mentions().stream().map(PaperId::value).distinct().toList()))
            .toList();
    try (var session = driver.session(sessionConfig)) {
      session.executeWriteWithoutResult(tx -> tx.run(TagCypher.UPSERT_POSTS, Map.of("rows", rows)).consume());
    }
  }

  /** The version the graph holds of each of {@code ids} it knows; ids it does not know are absent. */
  public Map<PaperId, Integer> knownVersions(Collection<PaperId> ids) {
    List<String> values = ids.stream().map(PaperId::value).distinct().toList();
    try (var session = driver.session(sessionConfig)) {
      return session.executeRead(tx -> {
        Map<PaperId, Integer> known = new HashMap<>();
        tx.run(PaperCypher.KNOWN_VERSIONS, Map.of("ids", values))
            .forEachRemaining(r -> known.put(PaperId.of(r.get("id").asString()), r.get("version").asInt()));
        return known;
      });
    }
  }

  /** The paper with this id, as the graph holds it. */
  public Optional<StoredPaper> paper(PaperId id) {
    try (var session = driver.session(sessionConfig)) {
      return session.executeRead(
          tx -> {
            var result = tx.run(PaperCypher.PAPER_BY_ID, Map.of("id", id.value()));
            return result.hasNext() ? Optional.of(toStoredPaper(result.single())) : Optional.empty();
          });
    }
  }

  /**
   * Reads every paper with the tags the graph keeps of it, in id order, {@code batchSize} at a time,
   * handing each batch to {@code consumer}; each batch is its own short read transaction, so this
   * scales to any size. A paper tagged before Keepup kept keyphrases comes without tags.
   *
   * @return how many papers were read
   */
  public long forEachTaggedPaper(int batchSize, Consumer<List<TaggedPaper>> consumer) {
    return forEachInBatches(PaperCypher.TAGGED_PAPERS_AFTER, batchSize, GraphStore::toTaggedPaper,
        p -> p.stored().paper().id().value(), consumer);
  }

  /**
   * Reads the papers written to the graph but not yet marked {@link #markIndexed indexed} (a crash
   * came between the graph's commit and the index's), like {@link #forEachTaggedPaper}.
   */
  public long forEachPaperPendingIndex(int batchSize, Consumer<List<StoredPaper>> consumer) {
    return forEachInBatches(PaperCypher.PENDING_PAPERS, batchSize, GraphStore::toStoredPaper, p -> p.paper().id().value(), consumer);
  }

  /** Records that the search index has committed these papers, at these versions. */
  public void markIndexed(List<Paper> papers) {
    List<Map<String, Object>> rows =
        papers.stream().map(p -> Map.<String, Object>of("id", p.id().value(), "version", p.version())).toList();
    try (var session = driver.session(sessionConfig)) {
      session.executeWriteWithoutResult(tx -> tx.run(PaperCypher.MARK_INDEXED, Map.of("rows", rows)).consume());
    }
  }

  /**
   * Reads every blog post, in URL order, {@code batchSize} at a time, like {@link #forEachTaggedPaper}.
   *
   * @return how many posts were read
   */
  public long forEachPost(int batchSize, Consumer<List<StoredPost>> consumer) {
    return forEachInBatches(TagCypher.POSTS_AFTER, batchSize,
        r -> new StoredPost(URI.create(r.get("url").asString()), r.get("title").asString(null), r.get("text").asString()),
        p -> p.url().toString(), consumer);
  }

  /** Pages through {@code cypher} (taking {@code $after} and {@code $limit}) by key, one read transaction per batch. */
  private <T> long forEachInBatches(String cypher, int batchSize, Function<Record, T> mapper, Function<T, String> key,
      Consumer<List<T>> consumer) {
    String after = "";
    long total = 0;
    while (true) {
      String from = after;
      List<T> batch;
      try (var session = driver.session(sessionConfig)) {
        batch = session.executeRead(tx -> tx.run(cypher, Map.of("after", from, "limit", batchSize)).list(mapper::apply));
      }
      if (batch.isEmpty()) {
        return total;
      }
      consumer.accept(batch);
      total += batch.size();
      after = key.apply(batch.getLast());
    }
  }

  /** Whether the graph holds any blog post. */
  public boolean hasPosts() {
    try (var session = driver.session(sessionConfig)) {
      return session.executeRead(tx -> tx.run(TagCypher.ANY_POST).single().get("any").asBoolean());
    }
  }

  /** Node and edge counts. */
  public GraphCounts counts() {
    try (var session = driver.session(sessionConfig)) {
      return session.executeRead(
          tx -> {
            Record r = tx.run(PaperCypher.COUNTS).single();
            return new GraphCounts(
                r.get("papers").asLong(), r.get("researchers").asLong(),
                r.get("authorships").asLong(), r.get("categories").asLong());
          });
    }
  }

  /** Researcher profiles, merge and split, collaboration paths. */
  public Researchers researchers() {
    return researchers;
  }

  /** Topic pages and trending topics. */
  public Topics topics() {
    return topics;
  }

  /** Skill pages and learning paths. */
  public Skills skills() {
    return skills;
  }

  /** Neighbourhoods for visualisation. */
  public Explorer explorer() {
    return explorer;
  }

  private void write(String first, Map<String, Object> firstParams, String second, Map<String, Object> secondParams) {
    try (var session = driver.session(sessionConfig)) {
      session.executeWriteWithoutResult(
          tx -> {
            tx.run(first, firstParams).consume();
            tx.run(second, secondParams).consume();
          });
    }
  }

  private static StoredPaper toStoredPaper(Record r) {
    Node p = r.get("p").asNode();
    List<Author> authors =
        r.get("authors").asList(a -> new Author(a.get("name").asString(), a.get("affiliations").asList(Value::asString)));
    Paper paper =
        new Paper(
            new PaperId(p.get("id").asString()),
            p.get("version").asInt(),
            p.get("title").asString(),
            p.get("abstract").asString(),
            authors,
            p.get("categories").asList(Value::asString),
            instant(p.get("published")),
            instant(p.get("updated")),
            p.get("doi").asString(null),
            p.get("journalRef").asString(null),
            p.get("comment").asString(null));
    return new StoredPaper(paper, instant(p.get("firstSeen")));
  }

  private static TaggedPaper toTaggedPaper(Record r) {
    Value keyphrases = r.get("p").asNode().get("keyphrases");
    Optional<StoredTags> tags = keyphrases.isNull()
        ? Optional.empty()
        : Optional.of(new StoredTags(r.get("topics").asList(Value::asString), r.get("skills").asList(Value::asString),
            keyphrases.asList(Value::asString)));
    return new TaggedPaper(toStoredPaper(r), tags);
  }

  private static Instant instant(Value v) {
    return v.asZonedDateTime().toInstant();
  }
}
