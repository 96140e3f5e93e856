package dev.keepup.api.digest;

import dev.keepup.graph.subscription.Follows;
import dev.keepup.model.Author;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores an item: how well it matches the subscription (0 to 1), plus recency of its first
 * submission (a half-life of a week), plus boosts for authors the user follows and for authors with
 * many papers in the graph; and says why in words. Pure: the figures come in, a score goes out.
 */
final class Ranking {

  static final double RECENCY_WEIGHT = 0.3;
  static final Duration HALF_LIFE = Duration.ofDays(7);
  static final double FOLLOWED_BOOST = 0.5;
  static final double INFLUENCE_WEIGHT = 0.3;
  /** Authors with at least this many papers in the graph are called influential. */
  static final long INFLUENTIAL_PAPERS = 10;

  private final Follows follows;
  private final Map<String, Long> paperCounts;

  Ranking(Follows follows, Map<String, Long> paperCounts) {
    this.follows = follows;
    this.paperCounts = paperCounts;
  }

  /** A match before ranking: its relevance to the subscription and the reasons it matched. */
  record Match(WindowPaper paper, double relevance, List<String> reasons, int sentVersion) {
    boolean updated() {
      return sentVersion > 0;
    }
  }

  DigestItem rank(Match match, Instant until) {
    List<String> reasons = new ArrayList<>(match.reasons());
    var paper = match.paper().stored().paper();
    List<String> keys = match.paper().authorKeys();
    double score = match.relevance();
    double ageDays = Math.max(0, Duration.between(paper.published(), until).toSeconds() / 86_400.0);
    score += RECENCY_WEIGHT * Math.pow(0.5, ageDays / HALF_LIFE.toDays());
    String followed = firstFollowed(paper.authors(), keys);
    if (followed != null) {
      score += FOLLOWED_BOOST;
      reasons.add("by a researcher you follow (" + followed + ")");
    }
    Author influential = mostPublished(paper.authors(), keys);
    if (influential != null) {
      long papers = paperCounts.getOrDefault(keys.get(paper.authors().indexOf(influential)), 0L);
      score += INFLUENCE_WEIGHT * Math.min(1.0, Math.log10(1 + papers) / 2);
      if (papers >= INFLUENTIAL_PAPERS && !influential.name().equals(followed)) {
        reasons.add("by " + influential.name() + " (" + papers + " papers)");
      }
    }
    if (match.updated()) {
      reasons.add("updated: v" + paper.version() + " (you were sent v" + match.sentVersion() + ")");
    }
    return new DigestItem(
        paper.id().value(), paper.version(), paper.title(), paper.authors().stream().map(Author::name).toList(),
        paper.categories(), match.paper().stored().firstSeen(), paper.published(), match.updated(), round(score), reasons);
  }

  private String firstFollowed(List<Author> authors, List<String> keys) {
    for (int i = 0; i < authors.size(); i++) {
      if (follows.researchers().contains(keys.get(i))) {
        return authors.get(i).name();
      }
    }
    return null;
  }

  private Author mostPublished(List<Author> authors, List<String> keys) {
    Author best = null;
    long most = 0;
    for (int i = 0; i < authors.size(); i++) {
      long n = paperCounts.getOrDefault(keys.get(i), 0L);
      if (n > most) {
        most = n;
        best = authors.get(i);
      }
    }
    return best;
  }

  private static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
