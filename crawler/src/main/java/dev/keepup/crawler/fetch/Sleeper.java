package dev.keepup.crawler.fetch;

import java.time.Duration;

/** Waits; the fetcher's only notion of passing time, so tests can watch waits without making them. */
public interface Sleeper {

  /** Sleeps with {@link Thread#sleep}, on the monotonic clock. */
  Sleeper SYSTEM =
      new Sleeper() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
          if (duration.isPositive()) {
            Thread.sleep(duration);
          }
        }
      };

  /** A monotonic reading in nanoseconds, as {@link System#nanoTime}. */
  long nanoTime();

  void sleep(Duration duration) throws InterruptedException;
}
