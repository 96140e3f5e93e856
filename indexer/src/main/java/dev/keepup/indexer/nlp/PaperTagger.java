package dev.keepup.indexer.nlp;

import dev.keepup.indexer.nlp.vocab.Skill;
import dev.keepup.model.Paper;
import dev.keepup.indexer.nlp.vocab.Topic;
import dev.keepup.indexer.nlp.vocab.Vocabulary;
import dev.keepup.indexer.nlp.vocab.VocabularyLoader;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tags papers with keyphrases, topics and skills. Build one per process (it loads the CoreNLP POS
 * model, the background document frequencies, the keyphrase model and the vocabularies, about a
 * second) and call {@link #tag} from any number of threads.
 *
 * <pre>{@code
 * PaperTagger tagger = PaperTagger.withShippedVocabularies();
 * Tags tags = tagger.tag(paper); // or tag(title, abstractText)
 * }</pre>
 *
 * <p>Any text is accepted: null or empty gives {@link Tags#empty()}; markup is cleaned; long text
 * is cut (title at {@value TextAnalyser#MAX_TITLE_CHARS}, abstract at {@value
 * TextAnalyser#MAX_ABSTRACT_CHARS} characters) so one paper's time is bounded.
 */
public final class PaperTagger {

  /** How many keyphrases {@link #tag} returns at most. */
  public static final int KEYPHRASES = 10;

  private static final Logger LOG = LoggerFactory.getLogger(PaperTagger.class);

  private final TextAnalyser analyser;
  private final KeyphraseExtractor keyphrases;
  private final ConceptMatcher<Topic> topics;
  private final ConceptMatcher<Skill> skills;

  private PaperTagger(Vocabulary<Topic> topics, Vocabulary<Skill> skills) {
    long start = System.nanoTime();
    this.analyser = new TextAnalyser(new NlpPipeline());
    this.keyphrases = new KeyphraseExtractor(DocumentFrequencies.shipped(), KeyphraseModel.shipped());
    this.topics = new ConceptMatcher<>(topics);
    this.skills = new ConceptMatcher<>(skills);
    LOG.info(
        "Tagger ready in {} ms: {} topics, {} skills",
        (System.nanoTime() - start) / 1_000_000,
        topics.entries().size(),
        skills.entries().size());
  }

  public static PaperTagger create(Vocabulary<Topic> topics, Vocabulary<Skill> skills) {
    return new PaperTagger(topics, skills);
  }

  /** A tagger with the vocabularies shipped in {@code config/topics.yaml} and {@code config/skills.yaml}. */
  public static PaperTagger withShippedVocabularies() {
    VocabularyLoader loader = new VocabularyLoader();
    return new PaperTagger(loader.shippedTopics(), loader.shippedSkills());
  }

  /** Tags a paper from its title, abstract and arXiv categories. */
  public Tags tag(Paper paper) {
    return tag(paper.title(), paper.summary(), paper.categories());
  }

  public Tags tag(String title, String abstractText) {
    return tag(title, abstractText, List.of());
  }

  /**
   * @param arxivCategories the paper's arXiv categories ("cs.LG"); they strengthen topics the text
   *     mentions, never add one on their own
   */
  public Tags tag(String title, String abstractText, Collection<String> arxivCategories) {
    AnalysedText text = analyser.analyse(title, abstractText);
    List<ScoredCandidate> ranked = keyphrases.rank(text);
    List<ScoredCandidate> top = ranked.subList(0, Math.min(KEYPHRASES, ranked.size()));
    return new Tags(
        top.stream().map(ScoredCandidate::toKeyphrase).toList(),
        topics.match(text, top, arxivCategories),
        skills.match(text, top, List.of()));
  }
}
