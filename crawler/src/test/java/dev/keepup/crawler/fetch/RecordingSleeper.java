package dev.keepup.crawler.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A sleeper that records each wait and moves its own clock instead of sleeping. */
public final class RecordingSleeper implements Sleeper {

  private final List<Duration> sleeps = new ArrayList<>();
  private long now;

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public synchronized void sleep(Duration duration) {
    if (duration.isPositive()) {
      sleeps.add(duration);
      now += duration.toNanos();
    }
  }

  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
