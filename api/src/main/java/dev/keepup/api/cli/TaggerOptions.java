package dev.keepup.api.cli;

import dev.keepup.indexer.nlp.PaperTagger;
import dev.keepup.indexer.nlp.vocab.VocabularyLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options of the commands that build a {@link PaperTagger}: which vocabularies to load. */
final class TaggerOptions {

  @Option(names = "--topics", paramLabel = "FILE", description = "Topic vocabulary (default: the shipped config/topics.yaml).")
  Path topics;

  @Option(names = "--skills", paramLabel = "FILE", description = "Skill vocabulary (default: the shipped config/skills.yaml).")
  Path skills;

  PaperTagger tagger() {
    VocabularyLoader loader = new VocabularyLoader();
    return PaperTagger.create(
        topics == null ? loader.shippedTopics() : loader.topics(topics),
        skills == null ? loader.shippedSkills() : loader.skills(skills));
  }
}
