package dev.keepup.graph.source;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

/**
 * What the crawler remembers of each source, kept as properties of its {@code (:Source)} node (the
 * graph is the system of record for crawl state too). Properties are plain values (strings,
 * numbers, ISO dates as strings), so the crawler's own state record maps onto them without this
 * module knowing it; a null value removes the property.
 */
public final class SourceStates {

  private static final String PREFIX = "crawl_";

  private static final String SAVE = """
      MERGE (s:Source {id: $id})
      SET s += $props
      """;
  private static final String FIND = "MATCH (s:Source {id: $id}) RETURN properties(s) AS props";
  private static final String ALL = "MATCH (s:Source) WHERE s.crawl_source_id IS NOT NULL "
      + "RETURN s.id AS id, properties(s) AS props ORDER BY s.id";

  private static final String ADD_BLOG = """
      MERGE (s:Source {id: $id})
      SET s.kind = 'blog', s.title = $title, s.url = $url, s.home = $home, s.added = true
      """;
  private static final String REMOVE_BLOG = """
      MATCH (s:Source {id: $id, kind: 'blog', added: true})
      REMOVE s.added
      RETURN count(s) AS removed
      """;
  private static final String ADDED_BLOGS =
      "MATCH (s:Source {kind: 'blog', added: true}) RETURN s.id AS id, s.title AS title, s.url AS url, s.home AS home ORDER BY s.id";

  /** A blog a user added (not from the configuration file). */
  public record AddedBlog(String id, String title, String feedUrl, String homeUrl) {}

  private final Driver driver;
  private final SessionConfig sessionConfig;

  public SourceStates(Driver driver, String database) {
    this.driver = driver;
    this.sessionConfig = SessionConfig.forDatabase(database);
  }

  /** Saves the crawl properties of {@code sourceId}, creating the source node when needed. */
  public void save(String sourceId, Map<String, Object> state) {
    Map<String, Object> props = new HashMap<>();
    state.forEach((k, v) -> props.put(PREFIX + k, v));
    try (var session = driver.session(sessionConfig)) {
      session.executeWriteWithoutResult(tx -> tx.run(SAVE, Map.of("id", sourceId, "props", props)).consume());
    }
  }

  /** Adds (or updates) a blog the user asked to follow. */
  public void addBlog(AddedBlog blog) {
    try (var session = driver.session(sessionConfig)) {
      session.executeWriteWithoutResult(tx -> tx.run(ADD_BLOG, java.util.Map.of(
          "id", blog.id(), "title", blog.title(), "url", blog.feedUrl(), "home", blog.homeUrl() == null ? "" : blog.homeUrl())).consume());
    }
  }

  /**
   * Stops following a blog a user added; its crawl state and the posts already read stay in the graph.
   * Returns false when no user-added blog has that id.
   */
  public boolean removeBlog(String id) {
    try (var session = driver.session(sessionConfig)) {
      return session.executeWrite(tx -> tx.run(REMOVE_BLOG, Map.of("id", id)).single().get("removed").asInt()) > 0;
    }
  }

  /** Every blog users added, in id order. */
  public List<AddedBlog> addedBlogs() {
    try (var session = driver.session(sessionConfig)) {
      return session.executeRead(tx -> tx.run(ADDED_BLOGS).list(r -> new AddedBlog(
          r.get("id").asString(), r.get("title").asString(), r.get("url").asString(), r.get("home").asString(""))));
    }
  }

  /** The crawl properties of {@code sourceId}, if it has been crawled. */
  public Optional<Map<String, Object>> find(String sourceId) {
    try (var session = driver.session(sessionConfig)) {
      return session.executeRead(tx -> {
        var result = tx.run(FIND, Map.of("id", sourceId));
        return result.hasNext() ? Optional.of(crawlProps(result.single().get("props"))).filter(m -> !m.isEmpty()) : Optional.empty();
      });
    }
  }

  /** Every crawled source's properties, by source id, in id order. */
  public List<Map.Entry<String, Map<String, Object>>> all() {
    try (var session = driver.session(sessionConfig)) {
      return session.executeRead(tx -> tx.run(ALL).list(r -> Map.entry(r.get("id").asString(), crawlProps(r.get("props")))));
    }
  }

  private static Map<String, Object> crawlProps(Value node) {
    Map<String, Object> out = new HashMap<>();
    node.asMap().forEach((k, v) -> {
      if (k.startsWith(PREFIX)) {
        out.put(k.substring(PREFIX.length()), v);
      }
    });
    return out;
  }
}
