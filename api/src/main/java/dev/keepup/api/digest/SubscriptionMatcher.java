package dev.keepup.api.digest;

import dev.keepup.graph.ResearcherKeys;
import dev.keepup.graph.StoredPaper;
import dev.keepup.graph.subscription.StoredSubscription;
import dev.keepup.graph.subscription.Subscription;
import dev.keepup.graph.subscription.UpdatedPaper;
import dev.keepup.indexer.search.SearchFilters;
import dev.keepup.model.Author;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds what one subscription gets from a window of new papers: papers first seen after its
 * watermark that are in its categories (if any) and match its query, topics, skills or researchers,
 * plus newer versions of papers it was sent; ranked, and cut to its size.
 */
final class SubscriptionMatcher {

  /** Relevance of a match by tag or by researcher; query matches range up to 1. */
  static final double TAG_RELEVANCE = 0.8;
  static final double CATEGORY_RELEVANCE = 0.4;

  private final WindowIndex index;
  private final Map<String, StoredPaper> window;
  private final Ranking ranking;

  SubscriptionMatcher(WindowIndex index, Map<String, StoredPaper> window, Ranking ranking) {
    this.index = index;
    this.window = window;
    this.ranking = ranking;
  }

  List<DigestItem> items(StoredSubscription stored, Collection<UpdatedPaper> updated, Instant until) {
    Subscription s = stored.subscription();
    Map<String, Ranking.Match> matches = new LinkedHashMap<>();
    SearchFilters inCategories = SearchFilters.NONE.withCategories(s.categories());
    if (!s.query().isEmpty()) {
      Map<String, Float> hits = index.search(s.query(), inCategories);
      float best = hits.values().stream().max(Float::compare).orElse(1f);
      hits.forEach((id, score) -> add(matches, stored, id, best > 0 ? score / best : 1.0, "matches “" + s.query() + "”"));
    }
    for (String topic : s.topics()) {
      index.search("", inCategories.withTopics(Set.of(topic))).keySet()
          .forEach(id -> add(matches, stored, id, TAG_RELEVANCE, "topic: " + topic));
    }
    for (String skill : s.skills()) {
      index.search("", inCategories.withSkills(Set.of(skill))).keySet()
          .forEach(id -> add(matches, stored, id, TAG_RELEVANCE, "skill: " + skill));
    }
    if (!s.researchers().isEmpty() || onlyCategories(s)) {
      for (StoredPaper p : window.values()) {
        if (!inCategories(p, s.categories())) {
          continue;
        }
        Author by = p.paper().authors().stream()
            .filter(a -> s.researchers().contains(ResearcherKeys.of(a.name()))).findFirst().orElse(null);
        if (by != null) {
          add(matches, stored, p.paper().id().value(), TAG_RELEVANCE, "researcher: " + by.name());
        } else if (onlyCategories(s)) {
          add(matches, stored, p.paper().id().value(), CATEGORY_RELEVANCE, "category: " + p.paper().categories().getFirst());
        }
      }
    }
    List<DigestItem> items = new ArrayList<>();
    matches.values().forEach(m -> items.add(ranking.rank(m, until)));
    for (UpdatedPaper u : updated) {
      items.add(ranking.rank(new Ranking.Match(u.paper(), TAG_RELEVANCE, List.of(), u.sentVersion()), until));
    }
    items.sort(Comparator.comparingDouble(DigestItem::score).reversed().thenComparing(DigestItem::id));
    return items.size() > s.size() ? List.copyOf(items.subList(0, s.size())) : items;
  }

  private void add(Map<String, Ranking.Match> matches, StoredSubscription s, String id, double relevance, String reason) {
    StoredPaper paper = window.get(id);
    if (paper == null || !paper.firstSeen().isAfter(s.watermark())) {
      return; // seen before this subscription's last digest
    }
    matches.merge(id, new Ranking.Match(paper, relevance, List.of(reason), 0), (a, b) -> {
      List<String> reasons = new ArrayList<>(a.reasons());
      reasons.addAll(b.reasons());
      return new Ranking.Match(paper, Math.max(a.relevance(), b.relevance()), reasons, 0);
    });
  }

  private static boolean onlyCategories(Subscription s) {
    return s.query().isEmpty() && s.topics().isEmpty() && s.skills().isEmpty() && s.researchers().isEmpty();
  }

  private static boolean inCategories(StoredPaper p, Set<String> categories) {
    return categories.isEmpty() || p.paper().categories().stream().anyMatch(categories::contains);
  }
}
