package dev.keepup.api.digest;

import dev.keepup.graph.ResearcherKeys;
import dev.keepup.graph.StoredPaper;
import dev.keepup.graph.subscription.Follows;
import dev.keepup.graph.subscription.StoredSubscription;
import dev.keepup.graph.subscription.SubscriptionStore;
import dev.keepup.graph.subscription.UpdatedPaper;
import dev.keepup.indexer.search.PaperIndex;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the digests of many subscriptions in one pass: one read of the papers first seen since
 * the oldest watermark among them, one throw-away index over those papers, then one matcher run per
 * subscription. Builds, never commits.
 */
final class DigestBuilder {

  private static final Logger LOG = LoggerFactory.getLogger(DigestBuilder.class);
  /** Subscriptions matched per task. */
  private static final int CHUNK = 250;

  private final SubscriptionStore store;
  private final PaperIndex mainIndex;
  private final String user;

  DigestBuilder(SubscriptionStore store, PaperIndex mainIndex, String user) {
    this.store = store;
    this.mainIndex = mainIndex;
    this.user = user;
  }

  /** The digests of {@code subscriptions} up to {@code until}, each from its own watermark. */
  List<Digest> build(List<StoredSubscription> subscriptions, Instant until) {
    if (subscriptions.isEmpty()) {
      return List.of();
    }
    long started = System.nanoTime();
    Instant since = subscriptions.stream().map(StoredSubscription::watermark).min(Comparator.naturalOrder()).orElseThrow();
    Map<String, WindowPaper> window = new LinkedHashMap<>();
    store.firstSeenBetween(since, until).forEach(p -> window.put(p.paper().id().value(), WindowPaper.of(p)));
    Map<String, List<UpdatedPaper>> updated = store
        .updatedSinceSent(subscriptions.stream().map(StoredSubscription::name).toList()).stream()
        .collect(Collectors.groupingBy(UpdatedPaper::subscription));
    Follows follows = store.follows(user);
    Ranking ranking = new Ranking(follows, store.paperCounts(authorKeys(window.values(), updated)));
    List<Digest> digests = new ArrayList<>(subscriptions.size());
    List<StoredPaper> papers = window.values().stream().map(WindowPaper::stored).toList();
    long read = System.nanoTime();
    try (WindowIndex index = WindowIndex.of(papers, TagLookup.of(mainIndex, List.copyOf(window.keySet())))) {
      SubscriptionMatcher matcher = new SubscriptionMatcher(index, window, ranking);
      long indexed = System.nanoTime();
      digests.addAll(matchInParallel(subscriptions, s -> {
        List<DigestItem> items = matcher.items(s, updated.getOrDefault(s.name(), List.of()), until);
        return new Digest(Digest.idOf(s.name(), until), s.name(), s.watermark(), until, items);
      }));
      LOG.info("Digest window of {} papers: read from the graph in {} ms, indexed in {} ms, {} subscriptions matched in {} ms",
          window.size(), (read - started) / 1_000_000, (indexed - read) / 1_000_000, subscriptions.size(),
          (System.nanoTime() - indexed) / 1_000_000);
    }
    return digests;
  }

  private static Set<String> authorKeys(Collection<WindowPaper> window, Map<String, List<UpdatedPaper>> updated) {
    Set<String> keys = new HashSet<>();
    window.forEach(p -> keys.addAll(p.authorKeys()));
    updated.values().forEach(list -> list.forEach(u -> u.paper().paper().authors().forEach(a -> keys.add(ResearcherKeys.of(a.name())))));
    return keys;
  }

  /** Runs {@code match} over the subscriptions on one named thread per processor; results in input order. */
  private static List<Digest> matchInParallel(List<StoredSubscription> subscriptions, Function<StoredSubscription, Digest> match) {
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), subscriptions.size() / CHUNK + 1));
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "keepup-digest-match-" + n.incrementAndGet()));
    try {
      List<Future<List<Digest>>> parts = new ArrayList<>();
      for (int from = 0; from < subscriptions.size(); from += CHUNK) {
        List<StoredSubscription> chunk = subscriptions.subList(from, Math.min(subscriptions.size(), from + CHUNK));
        parts.add(pool.submit(() -> chunk.stream().map(match).toList()));
      }
      List<Digest> digests = new ArrayList<>(subscriptions.size());
      for (Future<List<Digest>> part : parts) {
        digests.addAll(part.get());
      }
      return digests;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while building digests", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The same subscription with its watermark at {@code since}: for previews that commit nothing. */
  static StoredSubscription from(StoredSubscription s, Instant since) {
    return new StoredSubscription(s.subscription(), s.created(), since);
  }
}
