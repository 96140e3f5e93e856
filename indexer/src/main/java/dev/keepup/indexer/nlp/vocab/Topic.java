package dev.keepup.indexer.nlp.vocab;

import java.util.List;

/**
 * A research topic of the controlled vocabulary in {@code config/topics.yaml}.
 *
 * @param id stable identifier, lower-case words joined by '-' ("diffusion-models")
 * @param label the name shown to people
 * @param aliases other names and abbreviations that text uses for it
 * @param categories related arXiv categories ("cs.LG")
 * @param broader ids of the broader topics this one belongs under
 */
public record Topic(String id, String label, List<String> aliases, List<String> categories, List<String> broader)
    implements Concept {
  public Topic {
    id = ConceptChecks.id(id);
    label = ConceptChecks.label(id, label);
    aliases = ConceptChecks.names(id, "aliases", aliases);
    categories = ConceptChecks.names(id, "categories", categories);
    broader = ConceptChecks.names(id, "broader", broader);
  }

  @Override
  public List<String> links() {
    return broader;
  }
}
