package dev.keepup.crawler.fetch;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Paces requests per host: one request at a time to a host, and at least the host's interval
 * between the end of one request and the start of the next, so the server never sees two requests
 * closer than the interval however long connecting takes. Callers {@link #acquire} a host, make their request, then
 * {@link Slot#close() release} it.
 */
final class Politeness {

  private final Function<String, Duration> intervals;
  private final Sleeper sleeper;
  private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();

  Politeness(Function<String, Duration> intervals, Sleeper sleeper) {
    this.intervals = intervals;
    this.sleeper = sleeper;
  }

  /** Waits until {@code host} may be asked again and reserves it for one request. */
  Slot acquire(String host) throws InterruptedException {
    String key = host.toLowerCase(Locale.ROOT);
    Slot slot = slots.computeIfAbsent(key, k -> new Slot(intervals.apply(k).toNanos()));
    slot.lock.lockInterruptibly();
    try {
      if (slot.lastEnd != Long.MIN_VALUE) {
        long wait = slot.lastEnd + slot.intervalNanos - sleeper.nanoTime();
        sleeper.sleep(Duration.ofNanos(Math.max(0, wait)));
      }
      return slot;
    } catch (InterruptedException | RuntimeException e) {
      slot.lock.unlock();
      throw e;
    }
  }

  /** A host reserved for one request; close it when the request is done. */
  final class Slot implements AutoCloseable {
    private final ReentrantLock lock = new ReentrantLock(true);
    private final long intervalNanos;
    private long lastEnd = Long.MIN_VALUE;

    private Slot(long intervalNanos) {
      this.intervalNanos = intervalNanos;
    }

    @Override
    public void close() {
      lastEnd = sleeper.nanoTime();
      lock.unlock();
    }
  }
}
