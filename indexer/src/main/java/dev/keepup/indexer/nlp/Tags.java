package dev.keepup.indexer.nlp;

import java.util.List;

/**
 * What {@link PaperTagger} finds in a paper, each list best first: keyphrases, topics of the topic
 * vocabulary and skills of the skill vocabulary. Empty lists when the text says nothing usable.
 */
public record Tags(List<Keyphrase> keyphrases, List<ConceptTag> topics, List<ConceptTag> skills) {
  public Tags {
    keyphrases = List.copyOf(keyphrases);
    topics = List.copyOf(topics);
    skills = List.copyOf(skills);
  }

  public static Tags empty() {
    return new Tags(List.of(), List.of(), List.of());
  }
}
