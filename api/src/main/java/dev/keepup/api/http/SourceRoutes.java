package dev.keepup.api.http;

import dev.keepup.api.Application;
import dev.keepup.api.crawl.SourceList;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/** {@code /api/sources} (health of every source) and {@code /api/crawl} (start one, see how it goes). */
final class SourceRoutes {

  private final Application app;

  SourceRoutes(Application app) {
    this.app = app;
  }

  void list(Context ctx) {
    ctx.json(Map.of("sources", SourceList.health(app.sources(), app.crawlStates())));
  }

  void startCrawl(Context ctx) {
    ctx.status(HttpStatus.ACCEPTED).json(app.crawlJobs().start());
  }

  void crawlStatus(Context ctx) {
    ctx.json(app.crawlJobs().status());
  }
}
