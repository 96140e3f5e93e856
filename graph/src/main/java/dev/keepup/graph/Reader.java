package dev.keepup.graph;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;

/** Runs reads and writes of the feature packages in short sessions with managed transactions. */
public final class Reader {

  private final Driver driver;
  private final SessionConfig sessionConfig;

  public Reader(Driver driver, SessionConfig sessionConfig) {
    this.driver = driver;
    this.sessionConfig = sessionConfig;
  }

  /** Runs {@code work} in one read transaction. */
  public <T> T read(TransactionCallback<T> work) {
    try (var session = driver.session(sessionConfig)) {
      return session.executeRead(work);
    }
  }

  /** Runs {@code work} in one write transaction, retried on transient errors. */
  public <T> T write(TransactionCallback<T> work) {
    try (var session = driver.session(sessionConfig)) {
      return session.executeWrite(work);
    }
  }

  /** The records of one read query. */
  public List<Record> list(String cypher, Map<String, Object> params) {
    return read(tx -> tx.run(cypher, params).list());
  }
}
