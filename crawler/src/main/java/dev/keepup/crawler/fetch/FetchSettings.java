package dev.keepup.crawler.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the fetcher behaves on the wire. {@link #defaults(String)} gives the documented defaults;
 * {@code config/sources.yaml} overrides them.
 *
 * @param userAgent sent with every request; must name Keepup and a contact address
 * @param connectTimeout to open a connection
 * @param readTimeout between two reads
 * @param callTimeout for one whole request, body included
 * @param maxBodyBytes cap on the decompressed body
 * @param maxRedirects redirects followed before the fetch is rejected
 * @param maxRetries retries after the first attempt on connection errors, 429 and 500–504
 * @param backoffBase the first retry waits about this long, each further one twice as long
 * @param backoffMax no retry waits longer (a longer {@code Retry-After} ends the fetch as retry later)
 * @param defaultInterval minimum time between two requests to one host
 * @param hostIntervals minimum intervals per host name (a key also covers its subdomains)
 * @param allowLoopback whether loopback addresses may be fetched (tests only)
 * @param allowedAddresses literal IP addresses allowed although private, loopback or link-local
 */
public record FetchSettings(
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    long maxBodyBytes,
    int maxRedirects,
    int maxRetries,
    Duration backoffBase,
    Duration backoffMax,
    Duration defaultInterval,
    Map<String, Duration> hostIntervals,
    boolean allowLoopback,
    Set<String> allowedAddresses) {

  /** arXiv asks for no more than one request every three seconds. */
  public static final Duration ARXIV_INTERVAL = Duration.ofSeconds(3);

  public FetchSettings {
    if (userAgent == null || !userAgent.contains("Keepup")) {
      throw new IllegalArgumentException("the User-Agent must name Keepup and a contact: " + userAgent);
    }
    positive(connectTimeout, "connectTimeout");
    positive(readTimeout, "readTimeout");
    positive(callTimeout, "callTimeout");
    Objects.requireNonNull(backoffBase, "backoffBase");
    Objects.requireNonNull(backoffMax, "backoffMax");
    Objects.requireNonNull(defaultInterval, "defaultInterval");
    if (maxBodyBytes < 1 || maxRedirects < 0 || maxRetries < 0) {
      throw new IllegalArgumentException("limits must not be negative");
    }
    hostIntervals = Map.copyOf(hostIntervals);
    allowedAddresses = Set.copyOf(allowedAddresses);
  }

  /** The defaults: 20 MiB, 5 redirects, 3 retries from 2 s, 1 s per host and 3 s for arXiv. */
  public static FetchSettings defaults(String userAgent) {
    return new FetchSettings(
        userAgent,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofSeconds(120),
        20L << 20,
        5,
        3,
        Duration.ofSeconds(2),
        Duration.ofSeconds(120),
        Duration.ofSeconds(1),
        Map.of("arxiv.org", ARXIV_INTERVAL),
        false,
        Set.of());
  }

  /** The minimum interval between two requests to {@code host}. */
  public Duration intervalFor(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    Duration best = null;
    int bestLength = -1;
    for (Map.Entry<String, Duration> e : hostIntervals.entrySet()) {
      String key = e.getKey().toLowerCase(Locale.ROOT);
      if ((h.equals(key) || h.endsWith("." + key)) && key.length() > bestLength) {
        best = e.getValue();
        bestLength = key.length();
      }
    }
    return best == null ? defaultInterval : best;
  }

  public FetchSettings withTimeouts(Duration connect, Duration read, Duration call) {
    return new FetchSettings(userAgent, connect, read, call, maxBodyBytes, maxRedirects, maxRetries,
        backoffBase, backoffMax, defaultInterval, hostIntervals, allowLoopback, allowedAddresses);
  }

  public FetchSettings withRetries(int retries, Duration base, Duration max) {
    return new FetchSettings(userAgent, connectTimeout, readTimeout, callTimeout, maxBodyBytes, maxRedirects,
        retries, base, max, defaultInterval, hostIntervals, allowLoopback, allowedAddresses);
  }

  public FetchSettings withIntervals(Duration defaultPerHost, Map<String, Duration> perHost) {
    return new FetchSettings(userAgent, connectTimeout, readTimeout, callTimeout, maxBodyBytes, maxRedirects,
        maxRetries, backoffBase, backoffMax, defaultPerHost, perHost, allowLoopback, allowedAddresses);
  }

  public FetchSettings withLimits(long bodyBytes, int redirects) {
    return new FetchSettings(userAgent, connectTimeout, readTimeout, callTimeout, bodyBytes, redirects,
        maxRetries, backoffBase, backoffMax, defaultInterval, hostIntervals, allowLoopback, allowedAddresses);
  }

  public FetchSettings withAddresses(boolean loopback, Set<String> allowed) {
    return new FetchSettings(userAgent, connectTimeout, readTimeout, callTimeout, maxBodyBytes, maxRedirects,
        maxRetries, backoffBase, backoffMax, defaultInterval, hostIntervals, loopback, allowed);
  }

  private static void positive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
  }
}
