package dev.keepup.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(30), new SplittableRandom(7));

  @Test
  void delaysDoubleWithJitterAndStopAtTheMaximum() {
    for (int retry = 1; retry <= 10; retry++) {
      long nominal = Math.min(2000L << (retry - 1), 30_000);
      assertThat(backoff.delay(retry).toMillis()).isBetween(nominal / 2, Math.min(nominal * 3 / 2, 30_000));
    }
  }

  @Test
  void readsRetryAfterInSeconds() {
    assertThat(Backoff.retryAfter(" 120 ", Instant.EPOCH)).contains(Duration.ofSeconds(120));
  }

  @Test
  void readsRetryAfterAsAnHttpDate() {
    Instant now = Instant.parse("2015-10-21T07:27:00Z");
    assertThat(Backoff.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now)).contains(Duration.ofMinutes(1));
    assertThat(Backoff.retryAfter("Wed, 21 Oct 2015 07:20:00 GMT", now)).contains(Duration.ZERO);
  }

  @Test
  void ignoresAnUnreadableRetryAfter() {
    assertThat(Backoff.retryAfter("soon", Instant.EPOCH)).isEmpty();
    assertThat(Backoff.retryAfter(null, Instant.EPOCH)).isEmpty();
  }
}
