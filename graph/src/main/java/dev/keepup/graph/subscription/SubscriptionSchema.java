package dev.keepup.graph.subscription;

import java.util.List;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * The constraints subscriptions, follows and digests need, applied idempotently ({@code IF NOT
 * EXISTS}) at start-up, independently of the paper schema's versions.
 */
public final class SubscriptionSchema {

  static final List<String> STATEMENTS =
      List.of(
          "CREATE CONSTRAINT subscription_name IF NOT EXISTS FOR (s:Subscription) REQUIRE s.name IS UNIQUE",
          "CREATE CONSTRAINT user_name IF NOT EXISTS FOR (u:User) REQUIRE u.name IS UNIQUE",
          "CREATE CONSTRAINT digest_id IF NOT EXISTS FOR (d:Digest) REQUIRE d.id IS UNIQUE",
          "CREATE CONSTRAINT delivery_id IF NOT EXISTS FOR (d:Delivery) REQUIRE d.id IS UNIQUE",
          "CREATE INDEX delivery_status IF NOT EXISTS FOR (d:Delivery) ON (d.status)");

  private SubscriptionSchema() {}

  /** Creates the constraints and indexes that are missing. */
  public static void apply(Driver driver, String database) {
    try (var session = driver.session(SessionConfig.forDatabase(database))) {
      for (String statement : STATEMENTS) {
        session.run(statement).consume(); // schema statements run in auto-commit transactions
      }
    }
  }
}
