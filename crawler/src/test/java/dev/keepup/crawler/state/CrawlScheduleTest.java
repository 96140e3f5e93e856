package dev.keepup.crawler.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.crawler.fetch.FetchOutcome;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CrawlScheduleTest {

  private static final URI FEED = URI.create("https://blog.example/feed.xml");
  private final CrawlSchedule schedule = new CrawlSchedule(Duration.ofHours(1), Duration.ofHours(24));
  private final Instant now = Instant.parse("2026-11-22T12:00:00Z");

  @Test
  void aFetchStoresValidatorsCountsItemsAndSchedulesTheNextVisit() {
    FetchOutcome fetched = new FetchOutcome.Fetched(FEED, FEED, 200, "application/rss+xml", new byte[0], "\"v1\"", "Sun, 22 Nov 2026 11:00:00 GMT");
    CrawlState state = schedule.after(CrawlState.initial("lillog"), fetched, 42, now);
    assertThat(state.etag()).isEqualTo("\"v1\"");
    assertThat(state.lastModified()).isEqualTo("Sun, 22 Nov 2026 11:00:00 GMT");
    assertThat(state.itemsSeen()).isEqualTo(42);
    assertThat(state.lastSuccess()).isEqualTo(now);
    assertThat(state.nextAttempt()).isEqualTo(now.plus(Duration.ofHours(1)));
    assertThat(state.health()).isEqualTo("ok");
    assertThat(state.due(now)).isFalse();
  }

  @Test
  void notModifiedKeepsTheValidators() {
    CrawlState before = schedule.after(CrawlState.initial("s"),
        new FetchOutcome.Fetched(FEED, FEED, 200, null, new byte[0], "\"v1\"", null), 3, now.minus(Duration.ofHours(2)));
    CrawlState after = schedule.after(before, new FetchOutcome.NotModified(FEED), 0, now);
    assertThat(after.etag()).isEqualTo("\"v1\"");
    assertThat(after.itemsSeen()).isEqualTo(3);
    assertThat(after.lastSuccess()).isEqualTo(now);
  }

  @Test
  void aFailingSourceBacksOffLaterAndLaterUpToTheMaximum() {
    CrawlState state = CrawlState.initial("s");
    Duration[] waits = new Duration[7];
    for (int i = 0; i < waits.length; i++) {
      state = schedule.after(state, new FetchOutcome.Failed(FEED, 500, "HTTP 500"), 0, now);
      waits[i] = Duration.between(now, state.nextAttempt());
    }
    assertThat(waits).containsExactly(Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4), Duration.ofHours(8),
        Duration.ofHours(16), Duration.ofHours(24), Duration.ofHours(24));
    assertThat(state.consecutiveFailures()).isEqualTo(7);
    assertThat(state.lastError()).isEqualTo("failed: HTTP 500");
    assertThat(state.health()).isEqualTo("failing (7)");
  }

  @Test
  void aLongRetryAfterIsHonoured() {
    CrawlState state = schedule.after(CrawlState.initial("s"), new FetchOutcome.RetryLater(FEED, Duration.ofHours(6), "HTTP 503"), 0, now);
    assertThat(state.nextAttempt()).isEqualTo(now.plus(Duration.ofHours(6)));
  }

  @Test
  void aSuccessClearsTheFailures() {
    CrawlState failing = schedule.after(CrawlState.initial("s"), new FetchOutcome.Rejected(FEED, "too large"), 0, now);
    CrawlState ok = schedule.after(failing, new FetchOutcome.NotModified(FEED), 0, now.plus(Duration.ofHours(2)));
    assertThat(ok.consecutiveFailures()).isZero();
    assertThat(ok.lastError()).isNull();
  }

  @Test
  void theInMemoryStoreReplacesAndListsStatesBySource() {
    InMemoryCrawlStateStore store = new InMemoryCrawlStateStore();
    assertThat(store.get("b")).isEqualTo(CrawlState.initial("b"));
    store.save(CrawlState.initial("b"));
    store.save(CrawlState.initial("a"));
    store.save(CrawlState.initial("b").withOaiFrom(java.time.LocalDate.of(2026, 11, 21)));
    assertThat(store.all()).extracting(CrawlState::sourceId).containsExactly("a", "b");
    assertThat(store.get("b").oaiFrom()).isEqualTo(java.time.LocalDate.of(2026, 11, 21));
  }
}
