package dev.keepup.graph;

import dev.keepup.model.PaperId;
import java.util.List;
import java.util.Objects;

/**
 * The topics, skills and keyphrases a tagger gave one paper; writing them replaces the paper's old
 * tags. The graph keeps the keyphrases so that the search index can be rebuilt without tagging again.
 */
public record PaperTags(PaperId paper, List<ScoredRef> topics, List<ScoredRef> skills, List<String> keyphrases) {
  public PaperTags {
    Objects.requireNonNull(paper, "paper");
    topics = List.copyOf(topics);
    skills = List.copyOf(skills);
    keyphrases = List.copyOf(keyphrases);
  }

  /** Tags without keyphrases. */
  public PaperTags(PaperId paper, List<ScoredRef> topics, List<ScoredRef> skills) {
    this(paper, topics, skills, List.of());
  }
}
