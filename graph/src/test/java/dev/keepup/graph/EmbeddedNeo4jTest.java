package dev.keepup.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.graph.embedded.EmbeddedNeo4j;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

class EmbeddedNeo4jTest {

  @Test
  void restartKeepsThePasswordAndTheData(@TempDir Path home) throws Exception {
    String password;
    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home, 32L << 20);
        Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, neo4j.password()))) {
      password = neo4j.password();
      assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
      driver.executableQuery("CREATE (:Marker {name: 'kept'})").execute();
    }
    assertThat(Files.getPosixFilePermissions(home.resolve("keepup-password")))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));

    try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(home, 32L << 20);
        Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, neo4j.password()))) {
      assertThat(neo4j.password()).isEqualTo(password);
      var records = driver.executableQuery("MATCH (m:Marker) RETURN m.name AS name").execute().records();
      assertThat(records).extracting(r -> r.get("name").asString()).containsExactly("kept");
    }
  }
}
