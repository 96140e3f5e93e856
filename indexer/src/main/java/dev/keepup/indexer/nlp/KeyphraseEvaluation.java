package dev.keepup.indexer.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Evaluates keyphrases the way the published Inspec results are computed (pke, Gallina et al.
 * 2020): the top-k predicted keyphrases and the gold ones are Porter-stemmed word by word (hyphens
 * split words), duplicates removed, and exact matches counted; precision divides by the number of
 * predictions (at most k), recall by the number of gold keyphrases, all of them counted even those
 * absent from the text; F1 per document, then averaged over documents.
 */
public final class KeyphraseEvaluation {

  private final PaperTagger tagger;

  public KeyphraseEvaluation(PaperTagger tagger) {
    this.tagger = tagger;
  }

  public KeyphraseScores evaluate(List<InspecDocument> documents) {
    double[] sums = new double[6];
    for (InspecDocument document : documents) {
      List<String> predicted = new ArrayList<>();
      tagger.tag(document.title(), document.abstractText()).keyphrases().forEach(k -> predicted.add(k.phrase()));
      Set<String> gold = stemmed(document.gold());
      add(sums, 0, counts(stemmed(predicted), gold, 5));
      add(sums, 3, counts(stemmed(predicted), gold, 10));
    }
    int n = Math.max(1, documents.size());
    return new KeyphraseScores(
        documents.size(), sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n, sums[4] / n, sums[5] / n);
  }

  private static void add(double[] sums, int at, double[] values) {
    for (int i = 0; i < values.length; i++) {
      sums[at + i] += values[i];
    }
  }

  /** Precision, recall and F1 of the first {@code k} predictions. */
  static double[] counts(Set<String> predicted, Set<String> gold, int k) {
    List<String> top = predicted.stream().limit(k).toList();
    long hits = top.stream().filter(gold::contains).count();
    double precision = top.isEmpty() ? 0 : (double) hits / top.size();
    double recall = gold.isEmpty() ? 0 : (double) hits / gold.size();
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new double[] {precision, recall, f1};
  }

  private static Set<String> stemmed(List<String> phrases) {
    Set<String> keys = new LinkedHashSet<>();
    for (String phrase : phrases) {
      String key = Stems.ofPhrase(phrase);
      if (!key.isEmpty()) {
        keys.add(key);
      }
    }
    return keys;
  }
}
