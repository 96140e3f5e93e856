/**
 * Tags papers with keyphrases, topics and skills, using Stanford CoreNLP.
 *
 * <p>The public surface is small: build one {@link dev.keepup.indexer.nlp.PaperTagger} per process
 * and call {@link dev.keepup.indexer.nlp.PaperTagger#tag(String, String)} from any thread; it
 * returns {@link dev.keepup.indexer.nlp.Tags} (keyphrases, topics, skills, each with a score).
 * {@link dev.keepup.indexer.nlp.KeyphraseEvaluation} measures keyphrases on an Inspec-layout
 * collection and {@link dev.keepup.indexer.nlp.TaggingBenchmark} measures speed.
 *
 * <p>Inside, a paper flows through small stages:
 *
 * <ol>
 *   <li>{@code TextCleaner}: HTML, URLs, LaTeX math and commands, TeX accents, control characters;
 *       the length is capped.
 *   <li>{@code NlpPipeline}: the one CoreNLP pipeline, {@code tokenize, ssplit, pos, lemma}; the
 *       English left3words POS model is the only model file shipped (unpacked from the models jar at
 *       build time, see {@code indexer/pom.xml}).
 *   <li>{@code CandidateExtractor}: noun phrases from POS patterns and their sub-spans, grouped by
 *       Porter-stemmed key.
 *   <li>{@code CandidateFeatures} + {@code KeyphraseModel}: a linear ranker over frequency, IDF from
 *       a background table of arXiv abstracts ({@code document-frequencies.tsv.gz}), position, title,
 *       length and nesting, trained listwise on the Inspec train split by {@code
 *       KeyphraseModelTrainer}.
 *   <li>{@code ConceptMatcher}: vocabulary names matched on stems, plus the top keyphrases and the
 *       arXiv categories, give topics and skills with confidences.
 * </ol>
 *
 * <p>To add a feature to the ranker, append it to {@code CandidateFeatures.NAMES} and {@code of},
 * retrain with {@code KeyphraseModelTrainer} (command in the resources' README) and check {@code
 * keepup eval keyphrases} on the validation split. To tag with another vocabulary, pass it to {@link
 * dev.keepup.indexer.nlp.PaperTagger#create}; the vocabulary files are described in {@link
 * dev.keepup.indexer.nlp.vocab}.
 */
package dev.keepup.indexer.nlp;
