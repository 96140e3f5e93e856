package dev.keepup.graph;

import dev.keepup.model.PaperId;
import java.util.List;
import java.util.Objects;

/** The topics and skills a tagger gave one paper; writing them replaces the paper's old tags. */
public record PaperTags(PaperId paper, List<ScoredRef> topics, List<ScoredRef> skills) {
  public PaperTags {
    Objects.requireNonNull(paper, "paper");
    topics = List.copyOf(topics);
    skills = List.copyOf(skills);
  }
}
