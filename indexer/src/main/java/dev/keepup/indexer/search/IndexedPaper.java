package dev.keepup.indexer.search;

import dev.keepup.model.Paper;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the index holds of one paper: the paper itself, the tags the NLP stage gave it, where it
 * came from, and when Keepup first saw it.
 *
 * @param source the source's key, e.g. {@code arxiv} or a blog's name; lower case, no blanks
 */
public record IndexedPaper(
    Paper paper, List<String> topics, List<String> skills, List<String> keyphrases, Instant firstSeen, String source) {

  /** The source of papers that do not name one. */
  public static final String DEFAULT_SOURCE = "arxiv";

  public IndexedPaper {
    Objects.requireNonNull(paper, "paper");
    topics = List.copyOf(topics);
    skills = List.copyOf(skills);
    keyphrases = List.copyOf(keyphrases);
    Objects.requireNonNull(firstSeen, "firstSeen");
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("paper " + paper.id() + " has no source");
    }
    source = source.strip();
  }

  /** A paper from arXiv. */
  public IndexedPaper(Paper paper, List<String> topics, List<String> skills, List<String> keyphrases, Instant firstSeen) {
    this(paper, topics, skills, keyphrases, firstSeen, DEFAULT_SOURCE);
  }

  /** A paper without tags, first seen at {@code firstSeen}. */
  public static IndexedPaper untagged(Paper paper, Instant firstSeen) {
    return new IndexedPaper(paper, List.of(), List.of(), List.of(), firstSeen);
  }
}
