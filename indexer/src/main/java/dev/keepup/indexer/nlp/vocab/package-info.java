/**
 * The controlled vocabularies of topics and skills: {@link dev.keepup.indexer.nlp.vocab.Topic} and
 * {@link dev.keepup.indexer.nlp.vocab.Skill} records, read from YAML ({@code config/topics.yaml},
 * {@code config/skills.yaml}, shipped inside the indexer jar too) by {@link
 * dev.keepup.indexer.nlp.vocab.VocabularyLoader} into a validated {@link
 * dev.keepup.indexer.nlp.vocab.Vocabulary}: unique ids, links ({@code broader}, {@code requires}) to
 * known ids only and without cycles; every problem is a {@link
 * dev.keepup.indexer.nlp.vocab.VocabularyException} naming the file and entry.
 *
 * <p>The hierarchy is what the graph stores as {@code (:Topic)-[:BROADER]->(:Topic)} and {@code
 * (:Skill)-[:REQUIRES]->(:Skill)}; {@link dev.keepup.indexer.nlp.vocab.Vocabulary#ancestors} walks
 * it (for skills: a learning path). To add a kind of concept, add a record implementing {@link
 * dev.keepup.indexer.nlp.vocab.Concept} and a reader method to the loader.
 */
package dev.keepup.indexer.nlp.vocab;
