package dev.keepup.indexer.nlp;

import java.util.Objects;

/**
 * A topic or skill assigned to a paper, with a confidence in (0, 1].
 *
 * @param id the id in the vocabulary ({@code config/topics.yaml} or {@code config/skills.yaml})
 * @param label the vocabulary's label
 * @param score confidence from the evidence in the text; higher is surer
 */
public record ConceptTag(String id, String label, double score) {
  public ConceptTag {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    if (!(score > 0 && score <= 1)) {
      throw new IllegalArgumentException("score outside (0, 1]: " + score);
    }
  }
}
