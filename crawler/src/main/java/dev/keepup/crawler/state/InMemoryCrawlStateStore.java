package dev.keepup.crawler.state;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Crawl states in memory, lost on exit; for tests and one-off runs. */
public final class InMemoryCrawlStateStore implements CrawlStateStore {

  private final ConcurrentHashMap<String, CrawlState> states = new ConcurrentHashMap<>();

  @Override
  public Optional<CrawlState> find(String sourceId) {
    return Optional.ofNullable(states.get(sourceId));
  }

  @Override
  public void save(CrawlState state) {
    states.put(state.sourceId(), state);
  }

  @Override
  public List<CrawlState> all() {
    return states.values().stream().sorted(Comparator.comparing(CrawlState::sourceId)).toList();
  }
}
