package dev.keepup.api.digest;

import dev.keepup.graph.subscription.StoredSubscription;
import dev.keepup.graph.subscription.Subscription;
import dev.keepup.graph.subscription.UpdatedPaper;
import dev.keepup.indexer.search.SearchFilters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds what one subscription gets from a window of new papers: papers first seen after its
 * watermark that are in its categories (if any) and match its query, topics, skills or researchers,
 * plus newer versions of papers it was sent; ranked, and cut to its size. Searches ask for a few
 * times the size and ask again for more only when too few hits are new to the subscription.
 */
final class SubscriptionMatcher {

  /** Relevance of a match by tag or by researcher; query matches range up to 1. */
  static final double TAG_RELEVANCE = 0.8;
  static final double CATEGORY_RELEVANCE = 0.4;
  /** Hits asked for per item a subscription wants: ranking reorders the best few by more than relevance. */
  static final int HITS_PER_ITEM = 3;

  private final WindowIndex index;
  private final Map<String, WindowPaper> window;
  private final Map<String, List<WindowPaper>> byAuthor = new HashMap<>();
  private final Ranking ranking;

  SubscriptionMatcher(WindowIndex index, Map<String, WindowPaper> window, Ranking ranking) {
    this.index = index;
    this.window = window;
    this.ranking = ranking;
    for (WindowPaper p : window.values()) {
      for (String key : p.authorKeys()) {
        byAuthor.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
      }
    }
  }

  List<DigestItem> items(StoredSubscription stored, Collection<UpdatedPaper> updated, Instant until) {
    Subscription s = stored.subscription();
    Map<String, Ranking.Match> matches = new LinkedHashMap<>();
    SearchFilters inCategories = SearchFilters.NONE.withCategories(s.categories());
    if (!s.query().isEmpty()) {
      Map<String, Float> hits = search(stored, s.query(), inCategories);
      float best = hits.values().stream().max(Float::compare).orElse(1f);
      hits.forEach((id, score) -> add(matches, stored, id, best > 0 ? score / best : 1.0, "matches “" + s.query() + "”"));
    }
    for (String topic : s.topics()) {
      search(stored, "", inCategories.withTopics(Set.of(topic))).keySet()
          .forEach(id -> add(matches, stored, id, TAG_RELEVANCE, "topic: " + topic));
    }
    for (String skill : s.skills()) {
      search(stored, "", inCategories.withSkills(Set.of(skill))).keySet()
          .forEach(id -> add(matches, stored, id, TAG_RELEVANCE, "skill: " + skill));
    }
    for (String researcher : s.researchers()) {
      for (WindowPaper p : byAuthor.getOrDefault(researcher, List.of())) {
        if (inCategories(p, s.categories())) {
          String name = p.stored().paper().authors().get(p.authorKeys().indexOf(researcher)).name();
          add(matches, stored, p.id(), TAG_RELEVANCE, "researcher: " + name);
        }
      }
    }
    if (onlyCategories(s)) {
      for (WindowPaper p : window.values()) {
        if (inCategories(p, s.categories())) {
          add(matches, stored, p.id(), CATEGORY_RELEVANCE, "category: " + p.stored().paper().categories().getFirst());
        }
      }
    }
    List<DigestItem> items = new ArrayList<>();
    matches.values().forEach(m -> items.add(ranking.rank(m, until)));
    for (UpdatedPaper u : updated) {
      items.add(ranking.rank(new Ranking.Match(WindowPaper.of(u.paper()), TAG_RELEVANCE, List.of(), u.sentVersion()), until));
    }
    items.sort(Comparator.comparingDouble(DigestItem::score).reversed().thenComparing(DigestItem::id));
    return items.size() > s.size() ? List.copyOf(items.subList(0, s.size())) : items;
  }

  /** The best hits that are new to the subscription: at least its size of them when there are that many. */
  private Map<String, Float> search(StoredSubscription stored, String query, SearchFilters filters) {
    int want = stored.subscription().size() * HITS_PER_ITEM;
    for (int limit = want; ; limit *= 2) {
      WindowIndex.Hits hits = index.search(query, filters, limit);
      Map<String, Float> fresh = new LinkedHashMap<>();
      hits.scores().forEach((id, score) -> {
        WindowPaper p = window.get(id);
        if (p != null && p.stored().firstSeen().isAfter(stored.watermark())) {
          fresh.put(id, score);
        }
      });
      if (fresh.size() >= want || hits.scores().size() >= hits.total() || limit >= index.size()) {
        return fresh;
      }
    }
  }

  private void add(Map<String, Ranking.Match> matches, StoredSubscription s, String id, double relevance, String reason) {
    WindowPaper paper = window.get(id);
    if (paper == null || !paper.stored().firstSeen().isAfter(s.watermark())) {
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

  private static boolean inCategories(WindowPaper p, Set<String> categories) {
    return categories.isEmpty() || p.stored().paper().categories().stream().anyMatch(categories::contains);
  }
}
