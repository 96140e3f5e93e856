package dev.keepup.indexer.nlp.vocab;

import java.util.List;

/**
 * A skill of the vocabulary in {@code config/skills.yaml}: something a paper uses or teaches and a
 * person can learn.
 *
 * @param id stable identifier, lower-case words joined by '-' ("linear-algebra")
 * @param label the name shown to people
 * @param aliases other names and abbreviations that text uses for it
 * @param requires ids of the skills to learn first
 */
public record Skill(String id, String label, List<String> aliases, List<String> requires) implements Concept {
  public Skill {
    id = ConceptChecks.id(id);
    label = ConceptChecks.label(id, label);
    aliases = ConceptChecks.names(id, "aliases", aliases);
    requires = ConceptChecks.names(id, "requires", requires);
  }

  @Override
  public List<String> links() {
    return requires;
  }
}
