package dev.keepup.graph;

import dev.keepup.graph.embedded.EmbeddedNeo4j;
import dev.keepup.graph.schema.Schema;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.driver.Driver;

/** A real embedded Neo4j with the schema applied, reached over Bolt; one per test class. */
final class TestGraph implements AutoCloseable {

  final EmbeddedNeo4j neo4j;
  final Driver driver;
  final GraphStore store;

  TestGraph(Path home) {
    neo4j = EmbeddedNeo4j.start(home, 64L << 20);
    driver = GraphDriver.connect(neo4j.boltUri(), EmbeddedNeo4j.USER, neo4j.password());
    Schema.apply(driver, "neo4j");
    store = new GraphStore(driver, "neo4j");
  }

  long count(String cypher, Map<String, Object> params) {
    try (var session = driver.session()) {
      return session.run(cypher, params).single().get(0).asLong();
    }
  }

  @Override
  public void close() {
    driver.close();
    neo4j.close();
  }
}
