package dev.keepup.api.crawl;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls in the background, one at a time: the HTTP API and the scheduler start them, anyone can
 * ask how the current or last one went.
 */
public final class CrawlJobs implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CrawlJobs.class);

  private final Supplier<Crawl> crawl;
  private final Clock clock;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(Thread.ofPlatform().name("keepup-crawl").daemon().factory());
  private Status status = new Status(false, null, null, null, null);
  private java.util.concurrent.Future<?> current = java.util.concurrent.CompletableFuture.completedFuture(null);

  public CrawlJobs(Supplier<Crawl> crawl, Clock clock) {
    this.crawl = crawl;
    this.clock = clock;
  }

  /** The current or last crawl: whether one runs, when it started and ended, its report or error. */
  public record Status(boolean running, Instant startedAt, Instant finishedAt, CrawlReport lastReport, String lastError) {}

  /** Starts a crawl unless one is running; returns the status either way. */
  public synchronized Status start() {
    return startIfIdle().orElse(status);
  }

  /** Starts a crawl and returns its status, or returns empty when one is running already. */
  public synchronized java.util.Optional<Status> startIfIdle() {
    if (status.running()) {
      return java.util.Optional.empty();
    }
    status = new Status(true, clock.instant(), null, status.lastReport(), null);
    current = worker.submit(this::runOne);
    return java.util.Optional.of(status);
  }

  public synchronized Status status() {
    return status;
  }

  /** Waits until the crawl started last has ended, at most {@code timeout}; returns the status. */
  public Status awaitIdle(java.time.Duration timeout) throws InterruptedException {
    java.util.concurrent.Future<?> running;
    synchronized (this) {
      running = current;
    }
    try {
      running.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("the crawl did not end in " + timeout, e);
    }
    return status();
  }

  private void runOne() {
    try {
      CrawlReport report = crawl.get().run(CrawlRequest.ALL, line -> LOG.info("crawl {}: {} ({} items)", line.source(), line.outcome(), line.items()));
      finish(report, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      finish(null, "interrupted");
    } catch (RuntimeException e) {
      LOG.error("The crawl failed", e);
      finish(null, e.getMessage());
    }
  }

  private synchronized void finish(CrawlReport report, String error) {
    status = new Status(false, status.startedAt(), clock.instant(), report == null ? status.lastReport() : report, error);
  }

  @Override
  public void close() throws InterruptedException {
    worker.shutdownNow();
    worker.awaitTermination(30, TimeUnit.SECONDS);
  }
}
