package dev.keepup.graph;

import java.util.List;

/**
 * The tags the graph holds of a paper, as the search index wants them: topic and skill labels
 * (highest score first) and keyphrases.
 */
public record StoredTags(List<String> topics, List<String> skills, List<String> keyphrases) {
  public StoredTags {
    topics = List.copyOf(topics);
    skills = List.copyOf(skills);
    keyphrases = List.copyOf(keyphrases);
  }
}
