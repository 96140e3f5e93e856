package dev.keepup.graph;

import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/**
 * Papers, researchers and categories in Neo4j, the system of record. Writes are batched and
 * idempotent: the same paper twice leaves one node and no duplicate edges; a newer version replaces
 * the older one's properties and edges; an older version arriving late changes nothing.
 */
public final class GraphStore {

  private final Driver driver;
  private final SessionConfig sessionConfig;

  /** Uses {@code driver} (owned by the caller) on {@code database}. */
  public GraphStore(Driver driver, String database) {
    this.driver = driver;
    this.sessionConfig = SessionConfig.forDatabase(database);
  }

  /** Writes a batch of papers seen at {@code seenAt} in one transaction. */
  public UpsertResult upsertPapers(List<Paper> batch, Instant seenAt) {
    Map<PaperId, Paper> newest = newestPerId(batch);
    try (var session = driver.session(sessionConfig)) {
      return session.executeWrite(
          tx -> {
            Map<String, Known> known = new HashMap<>();
            tx.run(PaperCypher.KNOWN_VERSIONS, Map.of("ids", ids(newest.values())))
                .forEachRemaining(r -> known.put(r.get("id").asString(), Known.of(r)));
            List<StoredPaper> created = new ArrayList<>();
            List<StoredPaper> updated = new ArrayList<>();
            for (Paper p : newest.values()) {
              Known k = known.get(p.id().value());
              if (k == null) {
                created.add(new StoredPaper(p, seenAt));
              } else if (k.version() < p.version()) {
                updated.add(new StoredPaper(p, k.firstSeen()));
              }
            }
            List<Paper> changed = new ArrayList<>();
            created.forEach(s -> changed.add(s.paper()));
            updated.forEach(s -> changed.add(s.paper()));
            if (!changed.isEmpty()) {
              List<String> updatedIds = updated.stream().map(s -> s.paper().id().value()).toList();
              tx.run(PaperCypher.UPSERT_PAPERS, Map.of("rows", PaperRows.papers(changed, seenAt))).consume();
              tx.run(PaperCypher.DROP_CATEGORY_EDGES, Map.of("ids", updatedIds)).consume();
              tx.run(PaperCypher.DROP_AUTHOR_EDGES, Map.of("ids", updatedIds)).consume();
              tx.run(PaperCypher.LINK_AUTHORS, Map.of("rows", PaperRows.authorships(changed))).consume();
              tx.run(PaperCypher.LINK_CATEGORIES, Map.of("rows", PaperRows.categories(changed))).consume();
            }
            return new UpsertResult(created, updated, batch.size() - created.size() - updated.size());
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
   * Reads every paper, in id order, {@code batchSize} at a time, handing each batch to
   * {@code consumer}; each batch is its own short read transaction, so this scales to any size.
   *
   * @return how many papers were read
   */
  public long forEachPaper(int batchSize, java.util.function.Consumer<List<StoredPaper>> consumer) {
    String after = "";
    long total = 0;
    while (true) {
      String from = after;
      List<StoredPaper> batch;
      try (var session = driver.session(sessionConfig)) {
        batch = session.executeRead(tx -> tx.run(PaperCypher.PAPERS_AFTER, Map.of("after", from, "limit", batchSize))
            .list(GraphStore::toStoredPaper));
      }
      if (batch.isEmpty()) {
        return total;
      }
      consumer.accept(batch);
      total += batch.size();
      after = batch.getLast().paper().id().value();
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

  private static Map<PaperId, Paper> newestPerId(List<Paper> batch) {
    Map<PaperId, Paper> newest = new LinkedHashMap<>();
    for (Paper p : batch) {
      newest.merge(p.id(), p, (a, b) -> b.version() > a.version() ? b : a);
    }
    return newest;
  }

  private static List<String> ids(java.util.Collection<Paper> papers) {
    return papers.stream().map(p -> p.id().value()).toList();
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

  private static Instant instant(Value v) {
    return v.asZonedDateTime().toInstant();
  }

  /** The version and first sighting the graph already has of a paper. */
  private record Known(int version, Instant firstSeen) {
    static Known of(Record r) {
      return new Known(r.get("version").asInt(), instant(r.get("firstSeen")));
    }
  }

  /** Turns papers into the parameter rows of the batch statements. */
  private static final class PaperRows {
    private PaperRows() {}

    static List<Map<String, Object>> papers(List<Paper> papers, Instant seenAt) {
      List<Map<String, Object>> rows = new ArrayList<>(papers.size());
      for (Paper p : papers) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", p.id().value());
        row.put("version", p.version());
        row.put("title", p.title());
        row.put("summary", p.summary());
        row.put("categories", p.categories());
        row.put("published", utc(p.published()));
        row.put("updated", utc(p.updated()));
        row.put("seenAt", utc(seenAt));
        row.put("doi", p.doi());
        row.put("journalRef", p.journalRef());
        row.put("comment", p.comment());
        rows.add(row);
      }
      return rows;
    }

    static List<Map<String, Object>> authorships(List<Paper> papers) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Paper p : papers) {
        for (int i = 0; i < p.authors().size(); i++) {
          Author a = p.authors().get(i);
          rows.add(
              Map.of(
                  "paper", p.id().value(), "key", ResearcherKeys.of(a.name()), "name", a.name(),
                  "position", i + 1, "affiliations", a.affiliations()));
        }
      }
      return rows;
    }

    static List<Map<String, Object>> categories(List<Paper> papers) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Paper p : papers) {
        for (int i = 0; i < p.categories().size(); i++) {
          rows.add(Map.of("paper", p.id().value(), "code", p.categories().get(i), "primary", i == 0));
        }
      }
      return rows;
    }

    private static OffsetDateTime utc(Instant t) {
      return t.atOffset(ZoneOffset.UTC);
    }
  }
}
