package dev.keepup.api.ingest;

import dev.keepup.api.Application;
import java.time.Clock;

/** The real ingest pipeline of an application on a clock the test sets, so "first seen" times are exact. */
public final class ClockedIngest {

  private ClockedIngest() {}

  public static IngestPipeline of(Application app, Clock clock) {
    return new IngestPipeline(app.graph(), app.index(), app.tagging(), 500, report -> {}, clock);
  }
}
