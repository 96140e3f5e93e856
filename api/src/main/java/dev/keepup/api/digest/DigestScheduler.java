package dev.keepup.api.digest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clock of {@code keepup serve}: every minute it checks whether a crawl is due (by default
 * after arXiv's announcement, 20:00 US Eastern, Sunday to Thursday, plus a margin), runs the crawl,
 * then builds and delivers the digests that are due, and retries deliveries whose backoff has
 * passed. A crawl missed while the server was down runs once at start; missed digests come as one
 * catch-up digest each. One thread, named; a failing tick is logged and the next tick runs.
 */
public final class DigestScheduler implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(DigestScheduler.class);
  /** arXiv announces at 20:00 America/New_York, Sunday to Thursday; crawl half an hour later. */
  public static final String ARXIV_CRAWL = "30 20 * * 0-4";
  public static final String ARXIV_ZONE = "America/New_York";
  static final Duration TICK = Duration.ofMinutes(1);

  private final Cadence crawlCadence;
  private final Runnable crawl;
  private final DigestService digests;
  private final Clock clock;
  private final ScheduledExecutorService executor;
  private Instant lastCrawl;

  /**
   * @param crawl fetches new papers and ingests them; runs on the scheduler's thread
   * @param lastCrawl when the last crawl ran (the scheduler crawls at start when one was missed since)
   */
  public DigestScheduler(Cadence crawlCadence, Runnable crawl, DigestService digests, Clock clock, Instant lastCrawl) {
    this.crawlCadence = crawlCadence;
    this.crawl = crawl;
    this.digests = digests;
    this.clock = clock;
    this.lastCrawl = lastCrawl;
    AtomicInteger n = new AtomicInteger();
    this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "keepup-scheduler-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts ticking now and every minute. */
  public void start() {
    executor.scheduleWithFixedDelay(this::safeTick, 0, TICK.toSeconds(), TimeUnit.SECONDS);
  }

  /** One tick: crawl if due, then digests and deliveries. Public so tests drive it without waiting. */
  public synchronized void tick() {
    Instant now = clock.instant();
    if (crawlCadence.lastAtOrBefore(now).isAfter(lastCrawl)) {
      LOG.info("Crawling (cadence {})", crawlCadence);
      crawl.run();
      lastCrawl = now;
    }
    int built = digests.runDue().size();
    if (built > 0) {
      LOG.info("Built {} digests", built);
    }
  }

  private void safeTick() {
    try {
      tick();
    } catch (RuntimeException e) {
      LOG.error("Scheduler tick failed: {}", e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn("The scheduler did not stop within 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
