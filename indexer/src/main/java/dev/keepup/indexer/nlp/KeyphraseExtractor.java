package dev.keepup.indexer.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the candidate keyphrases of an analysed text: candidates from {@link CandidateExtractor},
 * described by {@link CandidateFeatures} against the background {@link DocumentFrequencies},
 * scored by the {@link KeyphraseModel}. Ties go to the earlier candidate. Stateless after
 * construction, so one instance serves all threads.
 */
final class KeyphraseExtractor {

  private static final Comparator<ScoredCandidate> BEST_FIRST =
      Comparator.comparingDouble(ScoredCandidate::score)
          .reversed()
          .thenComparingInt(scored -> scored.candidate().firstPosition());

  private final CandidateExtractor extractor = new CandidateExtractor();
  private final DocumentFrequencies background;
  private final KeyphraseModel model;

  KeyphraseExtractor(DocumentFrequencies background, KeyphraseModel model) {
    this.background = background;
    this.model = model;
  }

  /** All candidates, best first. */
  List<ScoredCandidate> rank(AnalysedText text) {
    List<Candidate> candidates = extractor.extract(text.title(), text.body());
    List<double[]> features = features(text, candidates, background);
    List<ScoredCandidate> scored = new ArrayList<>(candidates.size());
    for (int i = 0; i < candidates.size(); i++) {
      scored.add(new ScoredCandidate(candidates.get(i), model.score(features.get(i))));
    }
    scored.sort(BEST_FIRST);
    return scored;
  }

  /** The feature vectors of {@code candidates}, in their order; shared with the trainer. */
  static List<double[]> features(AnalysedText text, List<Candidate> candidates, DocumentFrequencies background) {
    Map<String, Integer> frequencies = text.stemFrequencies();
    Set<String> titleStems = text.titleStems();
    int length = text.length();
    List<double[]> features = new ArrayList<>(candidates.size());
    for (Candidate candidate : candidates) {
      features.add(CandidateFeatures.of(candidate, frequencies, titleStems, length, background));
    }
    return features;
  }
}
