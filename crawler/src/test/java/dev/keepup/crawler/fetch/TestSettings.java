package dev.keepup.crawler.fetch;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/** Fetch settings for loopback tests: loopback allowed, short timeouts, no pacing unless asked. */
public final class TestSettings {

  private TestSettings() {}

  public static FetchSettings loopback() {
    return FetchSettings.defaults("Keepup/test (mailto:test@keepup.dev)")
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5))
        .withRetries(3, Duration.ofMillis(10), Duration.ofSeconds(60))
        .withIntervals(Duration.ZERO, Map.of())
        .withAddresses(true, Set.of());
  }
}
