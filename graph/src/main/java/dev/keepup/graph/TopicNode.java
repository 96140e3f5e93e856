package dev.keepup.graph;

import java.util.List;

/** A topic of the vocabulary with the ids of its broader topics (the BROADER hierarchy). */
public record TopicNode(String id, String label, List<String> broader) {
  public TopicNode {
    Vocabulary.requireId(id, "topic");
    label = label == null || label.isBlank() ? id : label.strip();
    broader = List.copyOf(broader);
  }
}
