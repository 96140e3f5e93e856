package dev.keepup.graph.explore;

import dev.keepup.graph.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Neighbourhoods for visualisation: breadth first from a centre, depth 1 or 2, at most {@code
 * maxNodes} nodes, and at most {@value #PER_NODE} edges followed from any one node so that a hub (a
 * category with 50,000 papers) cannot swamp the view or the database.
 */
public final class Explorer {

  /** The largest node cap a caller may ask for. */
  public static final int MAX_NODES = 500;
  private static final int PER_NODE = 50;

  private final Reader reader;

  public Explorer(Driver driver, SessionConfig sessionConfig) {
    this.reader = new Reader(driver, sessionConfig);
  }

  /** The neighbourhood of the node of {@code kind} identified by {@code key}; empty if no such node. */
  public Optional<Neighbourhood> neighbourhood(NodeKind kind, String key, int depth, int maxNodes) {
    if (depth < 1 || depth > 2) {
      throw new IllegalArgumentException("depth must be 1 or 2: " + depth);
    }
    if (maxNodes < 1 || maxNodes > MAX_NODES) {
      throw new IllegalArgumentException("the node cap must be 1 to " + MAX_NODES + ": " + maxNodes);
    }
    // the label and key property come from the enum, never from the caller's text
    String centreQuery =
        "MATCH (c:" + kind.label() + " {" + kind.keyProperty() + ": $key}) RETURN elementId(c) AS eid, " + ExplorerCypher.DESCRIBE_C;
    return reader.read(
        tx -> {
          List<Record> centre = tx.run(centreQuery, Map.of("key", key)).list();
          if (centre.isEmpty()) {
            return Optional.empty();
          }
          Map<String, Neighbourhood.Node> nodes = new LinkedHashMap<>();
          Map<String, String> elementToId = new LinkedHashMap<>();
          Set<Neighbourhood.Edge> edges = new LinkedHashSet<>();
          Record c = centre.getFirst();
          String centreId = add(nodes, elementToId, c, 0);
          List<String> frontier = List.of(c.get("eid").asString());
          boolean truncated = false;
          for (int d = 1; d <= depth && !frontier.isEmpty(); d++) {
            List<String> next = new ArrayList<>();
            for (Record r : expand(tx, frontier)) {
              String from = elementToId.get(r.get("from").asString());
              String eid = r.get("eid").asString();
              if (!elementToId.containsKey(eid)) {
                if (nodes.size() >= maxNodes) {
                  truncated = true;
                  continue;
                }
                add(nodes, elementToId, r, d);
                next.add(eid);
              }
              String to = elementToId.get(eid);
              boolean outgoing = r.get("outgoing").asBoolean();
              edges.add(new Neighbourhood.Edge(outgoing ? from : to, outgoing ? to : from, r.get("type").asString()));
            }
            frontier = next;
          }
          return Optional.of(new Neighbourhood(centreId, List.copyOf(nodes.values()), List.copyOf(edges), truncated));
        });
  }

  private static List<Record> expand(TransactionContext tx, List<String> frontier) {
    return tx.run(ExplorerCypher.EXPAND, Map.of("ids", frontier, "perNode", PER_NODE)).list();
  }

  private static String add(Map<String, Neighbourhood.Node> nodes, Map<String, String> elementToId, Record r, int depth) {
    String label = r.get("label").asString();
    Value key = r.get("key");
    String id = label + ":" + (key.isNull() ? r.get("eid").asString() : key.asObject());
    nodes.putIfAbsent(id, new Neighbourhood.Node(id, label, r.get("name").asString(id), depth));
    elementToId.put(r.get("eid").asString(), id);
    return id;
  }
}
