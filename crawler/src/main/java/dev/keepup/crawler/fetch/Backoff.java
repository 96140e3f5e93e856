package dev.keepup.crawler.fetch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Pure functions for waiting between retries: exponential backoff with jitter, and Retry-After. */
final class Backoff {

  private final Duration base;
  private final Duration max;
  private final RandomGenerator random;

  Backoff(Duration base, Duration max, RandomGenerator random) {
    this.base = base;
    this.max = max;
    this.random = random;
  }

  /** The wait before retry number {@code retry} (1 for the first): base·2^(retry-1), ±50 % jitter. */
  Duration delay(int retry) {
    long exponential = base.toMillis() << Math.min(retry - 1, 20);
    long capped = Math.min(exponential, max.toMillis());
    long jittered = capped / 2 + (capped <= 0 ? 0 : random.nextLong(capped + 1));
    return Duration.ofMillis(Math.min(jittered, max.toMillis()));
  }

  /**
   * The wait a {@code Retry-After} value asks for: delta-seconds or an HTTP-date; empty when the
   * value is missing or unreadable. A date in the past asks for no wait.
   */
  static Optional<Duration> retryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.strip();
    if (v.chars().allMatch(Character::isDigit)) {
      return v.length() > 9 ? Optional.of(Duration.ofSeconds(999_999_999)) : Optional.of(Duration.ofSeconds(Long.parseLong(v)));
    }
    try {
      Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration wait = Duration.between(now, at);
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
