package dev.keepup.graph.subscription;

import dev.keepup.graph.StoredPaper;
import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;

/** Maps subscriptions, digests and papers between records and Cypher parameters. */
final class SubscriptionRows {

  private SubscriptionRows() {}

  static Map<String, Object> subscription(Subscription s, Instant now, Instant watermark) {
    Map<String, Object> row = new HashMap<>();
    row.put("name", s.name());
    row.put("query", s.query());
    row.put("topics", sorted(s.topics()));
    row.put("skills", sorted(s.skills()));
    row.put("categories", sorted(s.categories()));
    row.put("researchers", sorted(s.researchers()));
    row.put("cadence", s.cadence());
    row.put("zone", s.zone());
    row.put("size", s.size());
    row.put("channelKinds", s.channels().stream().map(c -> c.kind().name()).toList());
    row.put("channelTargets", s.channels().stream().map(Channel::target).toList());
    row.put("now", utc(now));
    row.put("watermark", utc(watermark));
    return row;
  }

  static StoredSubscription subscription(Node n) {
    List<String> kinds = n.get("channelKinds").asList(Value::asString);
    List<String> targets = n.get("channelTargets").asList(Value::asString);
    List<Channel> channels = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      channels.add(new Channel(Channel.Kind.valueOf(kinds.get(i)), targets.get(i)));
    }
    Subscription s =
        new Subscription(
            n.get("name").asString(), n.get("query").asString(), set(n.get("topics")), set(n.get("skills")),
            set(n.get("categories")), set(n.get("researchers")), n.get("cadence").asString(), n.get("zone").asString(),
            n.get("size").asInt(), channels);
    return new StoredSubscription(s, instant(n.get("created")), instant(n.get("watermark")));
  }

  static Map<String, Object> digest(DigestRecord d) {
    Map<String, Object> row = new HashMap<>();
    row.put("id", d.id());
    row.put("subscription", d.subscription());
    row.put("from", utc(d.from()));
    row.put("until", utc(d.until()));
    row.put("created", utc(d.created()));
    row.put("payload", d.payload());
    row.put("items", d.items().stream()
        .map(i -> Map.<String, Object>of("paper", i.paperId(), "version", i.version(), "updated", i.updated()))
        .toList());
    row.put("channels", d.channels().stream()
        .map(c -> Map.<String, Object>of("kind", c.kind().name().toLowerCase(Locale.ROOT), "target", c.target()))
        .toList());
    return row;
  }

  static StoredDigest digest(String subscription, Node g) {
    return new StoredDigest(
        g.get("id").asString(), subscription, instant(g.get("from")), instant(g.get("until")),
        instant(g.get("created")), g.get("payload").asString());
  }

  static Channel channel(Node x) {
    return new Channel(Channel.Kind.valueOf(x.get("kind").asString().toUpperCase(Locale.ROOT)), x.get("target").asString());
  }

  static DeliveryStatus delivery(Node x) {
    Value at = x.get("deliveredAt");
    return new DeliveryStatus(
        x.get("id").asString(), channel(x), x.get("status").asString(), x.get("attempts").asInt(),
        x.get("lastError").asString(null), at.isNull() ? null : instant(at));
  }

  /** The paper of a row with {@code p} (a node) and {@code authors} (maps of name and affiliations). */
  static StoredPaper paper(Record r) {
    Node p = r.get("p").asNode();
    List<Author> authors =
        r.get("authors").asList(a -> new Author(a.get("name").asString(), a.get("affiliations").asList(Value::asString)));
    Paper paper =
        new Paper(
            new PaperId(p.get("id").asString()), p.get("version").asInt(), p.get("title").asString(),
            p.get("abstract").asString(), authors, p.get("categories").asList(Value::asString),
            instant(p.get("published")), instant(p.get("updated")), p.get("doi").asString(null),
            p.get("journalRef").asString(null), p.get("comment").asString(null));
    return new StoredPaper(paper, instant(p.get("firstSeen")));
  }

  static OffsetDateTime utc(Instant t) {
    return t.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(Value v) {
    return v.asZonedDateTime().toInstant();
  }

  private static List<String> sorted(java.util.Set<String> values) {
    return values.stream().sorted().toList();
  }

  private static java.util.Set<String> set(Value v) {
    return new HashSet<>(v.asList(Value::asString));
  }
}
