package dev.keepup.crawler.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawler's one HTTP client: polite per host, conditional, retrying, bounded and guarded
 * against fetching private addresses. Build one per application and share it; it is thread-safe.
 * {@link #fetch} never throws for anything the network or a server does: it returns a {@link
 * FetchOutcome}.
 */
public final class Fetcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Fetcher.class);
  private static final int ERROR_BODY_BYTES = 64 * 1024;

  private final FetchSettings settings;
  private final OkHttpClient client;
  private final AddressGuard guard;
  private final Politeness politeness;
  private final Backoff backoff;
  private final Sleeper sleeper;

  public Fetcher(FetchSettings settings) {
    this(settings, Sleeper.SYSTEM, new SplittableRandom());
  }

  /** A fetcher whose waits go through {@code sleeper} and whose jitter comes from {@code random}. */
  public Fetcher(FetchSettings settings, Sleeper sleeper, RandomGenerator random) {
    this.settings = settings;
    this.sleeper = sleeper;
    this.guard = new AddressGuard(settings.allowLoopback(), settings.allowedAddresses());
    this.politeness = new Politeness(settings::intervalFor, sleeper);
    this.backoff = new Backoff(settings.backoffBase(), settings.backoffMax(), random);
    this.client =
        new OkHttpClient.Builder()
            .dns(guard)
            .addNetworkInterceptor(guard::checkConnected) // defence in depth: the peer actually connected
            .followRedirects(false)
            .followSslRedirects(false)
            .retryOnConnectionFailure(false)
            .connectTimeout(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .callTimeout(settings.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .build();
  }

  public FetchSettings settings() {
    return settings;
  }

  /** Fetches {@code request}, retrying transient failures; never throws for network trouble. */
  public FetchOutcome fetch(FetchRequest request) throws InterruptedException {
    for (int retry = 1; ; retry++) {
      FetchOutcome outcome = attempt(request);
      if (!(outcome instanceof FetchOutcome.RetryLater later)) {
        LOG.debug("{} {}", outcome.label(), request.url());
        return outcome;
      }
      Duration wait = later.after() != null ? later.after() : backoff.delay(retry);
      if (retry > settings.maxRetries() || wait.compareTo(settings.backoffMax()) > 0) {
        LOG.info("{} {}: {}, retry after {}", later.label(), request.url(), later.reason(), wait);
        return new FetchOutcome.RetryLater(request.url(), wait, later.reason());
      }
      LOG.debug("{} on {}: retry {} in {}", later.reason(), request.url(), retry, wait);
      sleeper.sleep(wait);
    }
  }

  /** One attempt, following redirects; a transient failure is a RetryLater whose after may be null. */
  private FetchOutcome attempt(FetchRequest request) throws InterruptedException {
    URI url = request.url();
    URI current = url;
    Set<URI> visited = new HashSet<>();
    for (int hop = 0; ; hop++) {
      String refusal = refusal(current);
      if (refusal != null) {
        return new FetchOutcome.Rejected(url, refusal);
      }
      if (!visited.add(current)) {
        return new FetchOutcome.Rejected(url, "redirect loop at " + current);
      }
      if (hop > settings.maxRedirects()) {
        return new FetchOutcome.Rejected(url, "more than " + settings.maxRedirects() + " redirects");
      }
      Politeness.Slot slot = politeness.acquire(current.getHost()); // held until the body is read
      try (slot;
          Response response = client.newCall(httpRequest(current, request)).execute()) {
        if (response.isRedirect()) {
          String location = response.header("Location");
          if (location == null) {
            return new FetchOutcome.Failed(url, response.code(), "redirect without Location");
          }
          current = current.resolve(location.strip());
          continue;
        }
        return outcome(url, current, response);
      } catch (AddressGuard.RefusedAddressException e) {
        return new FetchOutcome.Rejected(url, "refused: " + e.getMessage());
      } catch (BoundedBody.TooLargeException e) {
        return new FetchOutcome.Rejected(url, e.getMessage());
      } catch (InterruptedIOException e) {
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedException("fetch of " + url + " interrupted");
        }
        return new FetchOutcome.Failed(url, 0, "timed out: " + e.getMessage());
      } catch (UnknownHostException e) {
        return new FetchOutcome.RetryLater(url, null, "unknown host " + current.getHost());
      } catch (IOException | IllegalArgumentException e) {
        return new FetchOutcome.RetryLater(url, null, "connection failed: " + e.getMessage());
      }
    }
  }

  private FetchOutcome outcome(URI url, URI finalUrl, Response response) throws IOException {
    int code = response.code();
    if (code >= 200 && code < 300) {
      byte[] body = BoundedBody.read(response.body(), settings.maxBodyBytes());
      return new FetchOutcome.Fetched(
          url, finalUrl, code, response.header("Content-Type"), body, response.header("ETag"), response.header("Last-Modified"));
    }
    return switch (code) {
      case 304 -> new FetchOutcome.NotModified(url);
      case 404, 410 -> new FetchOutcome.Gone(url, code);
      case 429, 500, 502, 503, 504 -> {
        Optional<Duration> after = Backoff.retryAfter(response.header("Retry-After"), Instant.now());
        yield new FetchOutcome.RetryLater(url, after.orElse(null), "HTTP " + code);
      }
      default -> new FetchOutcome.Failed(url, code, "HTTP " + code, BoundedBody.head(response.body(), ERROR_BODY_BYTES));
    };
  }

  private Request httpRequest(URI url, FetchRequest request) {
    Request.Builder builder = new Request.Builder().url(url.toString()).header("User-Agent", settings.userAgent());
    if (request.etag() != null) {
      builder.header("If-None-Match", request.etag());
    }
    if (request.lastModified() != null) {
      builder.header("If-Modified-Since", request.lastModified());
    }
    if (request.accept() != null) {
      builder.header("Accept", request.accept());
    }
    return builder.build();
  }

  /** Why {@code url} may not be fetched before any connection is made, or null. */
  private String refusal(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "only http and https may be fetched: " + url;
    }
    String host = url.getHost();
    if (host == null || host.isEmpty()) {
      return "no host in " + url;
    }
    return guard.refusalOfLiteral(host);
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
