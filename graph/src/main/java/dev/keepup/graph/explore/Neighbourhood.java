package dev.keepup.graph.explore;

import java.util.List;

/**
 * The nodes and edges around a centre, ready to serialise as JSON for a graph view. Node ids are
 * {@code Label:key} ("Researcher:csaba balazs"), so edges refer to nodes without database ids.
 *
 * @param centre the id of the centre node
 * @param truncated whether the node cap cut the neighbourhood short
 */
public record Neighbourhood(String centre, List<Node> nodes, List<Edge> edges, boolean truncated) {
  public Neighbourhood {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** A node: its id, label and a name for people. */
  public record Node(String id, String label, String name, int depth) {}

  /** An edge between two node ids, with its relationship type. */
  public record Edge(String source, String target, String type) {}
}
