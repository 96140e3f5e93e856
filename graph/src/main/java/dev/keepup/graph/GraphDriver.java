package dev.keepup.graph;

import java.net.URI;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * Opens the one driver of the application. The driver logs through SLF4J: its default logging
 * (the JDK's System.Logger) formats every Bolt message for debug output whether or not debug is
 * enabled, parameters included, which cost about 7 % of the CPU of a batch write.
 */
public final class GraphDriver {

  private GraphDriver() {}

  /** A driver for {@code uri} (bolt://, neo4j://, neo4j+s://) with basic authentication. */
  public static Driver connect(URI uri, String user, String password) {
    return GraphDatabase.driver(uri, AuthTokens.basic(user, password), Config.builder().withLogging(Logging.slf4j()).build());
  }
}
