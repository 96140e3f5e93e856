package dev.keepup.api.ingest;

import dev.keepup.crawler.state.CrawlState;
import dev.keepup.crawler.state.CrawlStateStore;
import dev.keepup.graph.source.SourceStates;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The crawler's state per source, kept in the graph (the system of record). */
public final class GraphCrawlStateStore implements CrawlStateStore {

  private final SourceStates states;

  public GraphCrawlStateStore(SourceStates states) {
    this.states = states;
  }

  @Override
  public Optional<CrawlState> find(String sourceId) {
    return states.find(sourceId).map(GraphCrawlStateStore::fromProps);
  }

  @Override
  public void save(CrawlState s) {
    Map<String, Object> p = new HashMap<>();
    p.put("source_id", s.sourceId());
    p.put("last_attempt", text(s.lastAttempt()));
    p.put("last_success", text(s.lastSuccess()));
    p.put("etag", s.etag());
    p.put("last_modified", s.lastModified());
    p.put("oai_from", s.oaiFrom() == null ? null : s.oaiFrom().toString());
    p.put("consecutive_failures", s.consecutiveFailures());
    p.put("last_error", s.lastError());
    p.put("items_seen", s.itemsSeen());
    p.put("next_attempt", text(s.nextAttempt()));
    states.save(s.sourceId(), p);
  }

  @Override
  public List<CrawlState> all() {
    return states.all().stream().map(e -> fromProps(e.getValue())).toList();
  }

  private static CrawlState fromProps(Map<String, Object> p) {
    return new CrawlState(
        (String) p.get("source_id"),
        instant(p.get("last_attempt")),
        instant(p.get("last_success")),
        (String) p.get("etag"),
        (String) p.get("last_modified"),
        p.get("oai_from") == null ? null : LocalDate.parse((String) p.get("oai_from")),
        ((Number) p.getOrDefault("consecutive_failures", 0L)).intValue(),
        (String) p.get("last_error"),
        ((Number) p.getOrDefault("items_seen", 0L)).longValue(),
        instant(p.get("next_attempt")));
  }

  private static String text(Instant t) {
    return t == null ? null : t.toString();
  }

  private static Instant instant(Object o) {
    return o == null ? null : Instant.parse((String) o);
  }
}
