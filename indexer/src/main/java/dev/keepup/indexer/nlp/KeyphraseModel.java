package dev.keepup.indexer.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The linear keyphrase ranker: per feature of {@link CandidateFeatures} a mean and standard
 * deviation (to standardise it) and a weight. The shipped model ({@value #RESOURCE}) is trained by
 * {@link KeyphraseModelTrainer} on the Inspec train split.
 *
 * <p>Format: UTF-8 lines {@code name<TAB>mean<TAB>sd<TAB>weight}, {@code #}-comments allowed.
 */
final class KeyphraseModel {

  static final String RESOURCE = "/dev/keepup/indexer/nlp/keyphrase-model.tsv";

  private final double[] mean;
  private final double[] sd;
  private final double[] weight;

  KeyphraseModel(double[] mean, double[] sd, double[] weight) {
    int n = CandidateFeatures.NAMES.size();
    if (mean.length != n || sd.length != n || weight.length != n) {
      throw new IllegalArgumentException("a keyphrase model needs " + n + " features");
    }
    this.mean = mean.clone();
    this.sd = sd.clone();
    this.weight = weight.clone();
  }

  static KeyphraseModel shipped() {
    return ShippedResource.read(RESOURCE, KeyphraseModel::read);
  }


  static KeyphraseModel read(InputStream in) throws IOException {
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<String[]> rows = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (!line.isBlank() && !line.startsWith("#")) {
        rows.add(line.split("\t"));
      }
    }
    int n = CandidateFeatures.NAMES.size();
    if (rows.size() != n) {
      throw new IOException("keyphrase model has " + rows.size() + " features, expected " + n);
    }
    double[] mean = new double[n];
    double[] sd = new double[n];
    double[] weight = new double[n];
    for (int i = 0; i < n; i++) {
      String[] row = rows.get(i);
      if (row.length != 4 || !row[0].equals(CandidateFeatures.NAMES.get(i))) {
        throw new IOException("keyphrase model line " + (i + 1) + " should be " + CandidateFeatures.NAMES.get(i));
      }
      mean[i] = Double.parseDouble(row[1]);
      sd[i] = Double.parseDouble(row[2]);
      weight[i] = Double.parseDouble(row[3]);
    }
    return new KeyphraseModel(mean, sd, weight);
  }

  void write(Writer out, String comment) throws IOException {
    out.write("# " + comment + "\n# feature\tmean\tsd\tweight\n");
    for (int i = 0; i < weight.length; i++) {
      out.write(
          String.format(
              Locale.ROOT, "%s\t%.6f\t%.6f\t%.6f%n", CandidateFeatures.NAMES.get(i), mean[i], sd[i], weight[i]));
    }
  }

  /** The ranking score of a feature vector: the weighted sum of its standardised features. */
  double score(double[] features) {
    double sum = 0;
    for (int i = 0; i < weight.length; i++) {
      sum += weight[i] * standardised(features, i);
    }
    return sum;
  }

  double standardised(double[] features, int i) {
    return (features[i] - mean[i]) / sd[i];
  }
}
