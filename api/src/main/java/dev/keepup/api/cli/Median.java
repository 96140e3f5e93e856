package dev.keepup.api.cli;

import java.util.Arrays;

/** The median of a benchmark's repeated measurements. */
final class Median {

  private Median() {}

  static double of(double... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values");
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
