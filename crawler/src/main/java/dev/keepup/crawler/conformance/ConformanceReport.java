package dev.keepup.crawler.conformance;

import java.util.List;

/**
 * The figures of one run of the feed parser over a conformance corpus.
 *
 * @param files files read
 * @param parsed files that gave a feed (perhaps healed)
 * @param flagged files flagged ill-formed, or not readable as a feed at all
 * @param illformedFiles files under {@code illformed/}
 * @param illformedFlagged of those, how many were flagged
 * @param exceptions unexpected exceptions that escaped the parser (must be 0)
 * @param slowestMillis the longest parse of one file
 * @param slowestFile that file, relative to the corpus
 * @param comparable comparable expectations of {@code wellformed/} files
 * @param agreed of those, how many Keepup's parse met
 * @param otherComparable comparable expectations of the other folders
 * @param otherAgreed of those, how many Keepup's parse met
 * @param disagreements the expectations of {@code wellformed/} not met, as {@code file: field}
 */
public record ConformanceReport(
    int files,
    int parsed,
    int flagged,
    int illformedFiles,
    int illformedFlagged,
    int exceptions,
    double slowestMillis,
    String slowestFile,
    int comparable,
    int agreed,
    int otherComparable,
    int otherAgreed,
    List<String> disagreements) {

  public ConformanceReport {
    disagreements = List.copyOf(disagreements);
  }

  /** The share of comparable {@code wellformed/} expectations met; 1 when there are none. */
  public double agreement() {
    return comparable == 0 ? 1.0 : (double) agreed / comparable;
  }
}
