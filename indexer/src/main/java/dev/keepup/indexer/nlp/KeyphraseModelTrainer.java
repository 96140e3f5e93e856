package dev.keepup.indexer.nlp;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Trains the shipped {@link KeyphraseModel} on an Inspec-layout training split. A build tool, not
 * used at run time:
 *
 * <pre>java -cp ... dev.keepup.indexer.nlp.KeyphraseModelTrainer inspec/train keyphrase-model.tsv</pre>
 *
 * <p>The model is a linear scorer trained listwise (Cao et al., ListNet top-one): per document, a
 * softmax over its candidates is fitted to spread its mass evenly over the gold candidates, by
 * full-batch gradient descent with L2 regularisation. Deterministic: same data, same model.
 */
public final class KeyphraseModelTrainer {

  static final int ITERATIONS = 3000;
  static final double LEARNING_RATE = 0.1;
  static final double L2 = 1e-3;

  /** The candidates' features of one training document and which candidates are gold. */
  record Example(List<double[]> features, boolean[] gold) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: KeyphraseModelTrainer INSPEC_TRAIN_DIR OUT.tsv");
    }
    Path dir = Path.of(args[0]);
    List<InspecDocument> documents = InspecDocument.readAll(dir);
    KeyphraseModel model = train(examples(documents, new TextAnalyser(new NlpPipeline())));
    try (Writer out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
      model.write(out, "trained by KeyphraseModelTrainer on " + documents.size() + " documents of " + dir.getFileName());
    }
  }

  static List<Example> examples(List<InspecDocument> documents, TextAnalyser analyser) {
    CandidateExtractor extractor = new CandidateExtractor();
    DocumentFrequencies background = DocumentFrequencies.shipped();
    List<Example> examples = new ArrayList<>(documents.size());
    for (InspecDocument document : documents) {
      AnalysedText text = analyser.analyse(document.title(), document.abstractText());
      List<Candidate> candidates = extractor.extract(text.title(), text.body());
      Set<String> gold = new HashSet<>();
      document.gold().forEach(phrase -> gold.add(Stems.ofPhrase(phrase)));
      boolean[] labels = new boolean[candidates.size()];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = gold.contains(candidates.get(i).key());
      }
      examples.add(new Example(KeyphraseExtractor.features(text, candidates, background), labels));
    }
    return examples;
  }

  static KeyphraseModel train(List<Example> examples) {
    int n = CandidateFeatures.NAMES.size();
    double[] mean = new double[n];
    double[] sd = new double[n];
    standardisation(examples, mean, sd);
    KeyphraseModel model = new KeyphraseModel(mean, sd, new double[n]);
    double[] weight = new double[n];
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] gradient = new double[n];
      for (Example example : examples) {
        addGradient(example, model, gradient);
      }
      for (int j = 0; j < n; j++) {
        weight[j] -= LEARNING_RATE * (gradient[j] / examples.size() + L2 * weight[j]);
      }
      model = new KeyphraseModel(mean, sd, weight);
    }
    return model;
  }

  private static void addGradient(Example example, KeyphraseModel model, double[] gradient) {
    int m = example.gold().length;
    int positives = 0;
    for (boolean gold : example.gold()) {
      positives += gold ? 1 : 0;
    }
    if (positives == 0) {
      return;
    }
    double[] scores = new double[m];
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < m; i++) {
      scores[i] = model.score(example.features().get(i));
      max = Math.max(max, scores[i]);
    }
    double sum = 0;
    for (int i = 0; i < m; i++) {
      scores[i] = Math.exp(scores[i] - max);
      sum += scores[i];
    }
    for (int i = 0; i < m; i++) {
      double error = scores[i] / sum - (example.gold()[i] ? 1.0 / positives : 0);
      for (int j = 0; j < gradient.length; j++) {
        gradient[j] += error * model.standardised(example.features().get(i), j);
      }
    }
  }

  private static void standardisation(List<Example> examples, double[] mean, double[] sd) {
    long count = 0;
    for (Example example : examples) {
      for (double[] x : example.features()) {
        for (int j = 0; j < mean.length; j++) {
          mean[j] += x[j];
        }
        count++;
      }
    }
    for (int j = 0; j < mean.length; j++) {
      mean[j] /= Math.max(1, count);
    }
    for (Example example : examples) {
      for (double[] x : example.features()) {
        for (int j = 0; j < sd.length; j++) {
          sd[j] += (x[j] - mean[j]) * (x[j] - mean[j]);
        }
      }
    }
    for (int j = 0; j < sd.length; j++) {
      sd[j] = sd[j] == 0 ? 1 : Math.sqrt(sd[j] / Math.max(1, count));
    }
  }
}
