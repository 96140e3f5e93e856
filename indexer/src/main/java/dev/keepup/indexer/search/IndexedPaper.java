package dev.keepup.indexer.search;

import dev.keepup.model.Paper;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the index holds of one paper: the paper itself, the tags the NLP stage gave it, and when
 * Keepup first saw it.
 */
public record IndexedPaper(
    Paper paper, List<String> topics, List<String> skills, List<String> keyphrases, Instant firstSeen) {

  public IndexedPaper {
    Objects.requireNonNull(paper, "paper");
    topics = List.copyOf(topics);
    skills = List.copyOf(skills);
    keyphrases = List.copyOf(keyphrases);
    Objects.requireNonNull(firstSeen, "firstSeen");
  }

  /** A paper without tags, first seen at {@code firstSeen}. */
  public static IndexedPaper untagged(Paper paper, Instant firstSeen) {
    return new IndexedPaper(paper, List.of(), List.of(), List.of(), firstSeen);
  }
}
