package dev.keepup.graph;

import java.util.List;

/** A skill of the vocabulary with the ids of the skills it requires first (REQUIRES edges). */
public record SkillNode(String id, String label, List<String> requires) {
  public SkillNode {
    Vocabulary.requireId(id, "skill");
    label = label == null || label.isBlank() ? id : label.strip();
    requires = List.copyOf(requires);
    if (requires.contains(id)) {
      throw new IllegalArgumentException("skill " + id + " requires itself");
    }
  }
}
