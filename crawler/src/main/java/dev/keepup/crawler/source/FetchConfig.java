package dev.keepup.crawler.source;

import dev.keepup.crawler.fetch.FetchSettings;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code fetch:} section of {@code sources.yaml}; see the file for each key. */
public record FetchConfig(
    String userAgent,
    int connectTimeoutSeconds,
    int readTimeoutSeconds,
    int callTimeoutSeconds,
    long maxBodyBytes,
    int maxRedirects,
    int maxRetries,
    double backoffBaseSeconds,
    double backoffMaxSeconds,
    double defaultIntervalSeconds,
    Map<String, Double> hostIntervalSeconds,
    boolean allowLoopback,
    List<String> allowedAddresses) {

  public FetchConfig {
    hostIntervalSeconds = hostIntervalSeconds == null ? Map.of() : Map.copyOf(hostIntervalSeconds);
    allowedAddresses = allowedAddresses == null ? List.of() : List.copyOf(allowedAddresses);
    if (backoffBaseSeconds < 0 || backoffMaxSeconds < backoffBaseSeconds || defaultIntervalSeconds < 0) {
      throw new IllegalArgumentException("fetch: backoff and intervals must be 0 or more, the maximum no less than the base");
    }
    hostIntervalSeconds.forEach((host, seconds) -> {
      if (seconds == null || seconds < 0) {
        throw new IllegalArgumentException("fetch.host_interval_seconds." + host + " must be 0 or more");
      }
    });
  }

  /** These settings as the fetcher takes them; FetchSettings validates the rest. */
  public FetchSettings toSettings() {
    Map<String, Duration> intervals = new LinkedHashMap<>();
    hostIntervalSeconds.forEach((host, seconds) -> intervals.put(host, seconds(seconds)));
    return new FetchSettings(
        userAgent,
        Duration.ofSeconds(connectTimeoutSeconds),
        Duration.ofSeconds(readTimeoutSeconds),
        Duration.ofSeconds(callTimeoutSeconds),
        maxBodyBytes,
        maxRedirects,
        maxRetries,
        seconds(backoffBaseSeconds),
        seconds(backoffMaxSeconds),
        seconds(defaultIntervalSeconds),
        intervals,
        allowLoopback,
        new HashSet<>(allowedAddresses));
  }

  private static Duration seconds(double s) {
    return Duration.ofMillis(Math.round(s * 1000));
  }
}
