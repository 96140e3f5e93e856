package dev.keepup.indexer.search.bench;

import dev.keepup.indexer.search.IndexedPaper;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A corpus of any size grown from real papers. Paper {@code k} is real paper {@code k mod n}
 * under a fresh id; from the second pass on ({@code round = k / n >= 1}) its title's words and the
 * words of each sentence of its abstract are shuffled (seeded by {@code k}) and its dates moved
 * {@code round} weeks later. Authors and categories stay, so facets keep real distributions.
 * Deterministic: the same base and size give the same corpus.
 */
public final class SyntheticCorpus {

  private static final long SEED = 20_260_101L;
  private final List<IndexedPaper> base;

  public SyntheticCorpus(List<IndexedPaper> base) {
    if (base.isEmpty()) {
      throw new IllegalArgumentException("no papers to grow a corpus from");
    }
    this.base = List.copyOf(base);
  }

  /** Papers {@code from} (inclusive) to {@code to} (exclusive) of the corpus. */
  public List<IndexedPaper> slice(int from, int to) {
    List<IndexedPaper> papers = new ArrayList<>(to - from);
    for (int k = from; k < to; k++) {
      papers.add(paper(k));
    }
    return papers;
  }

  IndexedPaper paper(int k) {
    IndexedPaper real = base.get(k % base.size());
    int round = k / base.size();
    Paper p = real.paper();
    String title = p.title();
    String summary = p.summary();
    Instant published = p.published();
    if (round > 0) {
      Random random = new Random(SEED + k);
      title = shuffle(title, random);
      summary = shuffleSentences(summary, random);
      published = published.plus(Duration.ofDays(7L * round));
    }
    Paper copy = new Paper(id(k), 1, title, summary, p.authors(), p.categories(), published, published, null, null, null);
    return new IndexedPaper(copy, real.topics(), real.skills(), real.keyphrases(), published, real.source());
  }

  /** Fresh new-style ids: {@code 1000.00000}, {@code 1000.00001}, … */
  static PaperId id(int k) {
    return new PaperId(String.format(Locale.ROOT, "%04d.%05d", 1000 + k / 100_000, k % 100_000));
  }

  private static String shuffleSentences(String text, Random random) {
    String[] sentences = text.split("(?<=\\.)\\s+");
    StringBuilder out = new StringBuilder(text.length());
    for (String s : sentences) {
      out.append(shuffle(s, random)).append(' ');
    }
    return out.toString().strip();
  }

  private static String shuffle(String text, Random random) {
    List<String> words = new ArrayList<>(Arrays.asList(text.split("\\s+")));
    Collections.shuffle(words, random);
    return String.join(" ", words);
  }
}
