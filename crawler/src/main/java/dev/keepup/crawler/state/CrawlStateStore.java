package dev.keepup.crawler.state;

import java.util.List;
import java.util.Optional;

/**
 * Where crawl states persist. Keepup's system of record is the graph (the {@code graph} module
 * implements this over Neo4j); {@link InMemoryCrawlStateStore} serves tests and one-off runs.
 * Implementations must be thread-safe; {@link #save} replaces the state of the same source.
 */
public interface CrawlStateStore {

  Optional<CrawlState> find(String sourceId);

  /** The state of {@code sourceId}, or its initial state when it has none yet. */
  default CrawlState get(String sourceId) {
    return find(sourceId).orElseGet(() -> CrawlState.initial(sourceId));
  }

  void save(CrawlState state);

  /** Every stored state, ordered by source id. */
  List<CrawlState> all();
}
