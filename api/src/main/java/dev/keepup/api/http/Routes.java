package dev.keepup.api.http;

import dev.keepup.api.Application;
import io.javalin.config.RoutesConfig;
import java.util.Map;

/** Every route of the HTTP API, in one place, with the handler objects that serve them. */
final class Routes {

  private final Application app;
  private final SearchRoutes search;
  private final PaperRoutes papers;

  Routes(Application app) {
    this.app = app;
    this.search = new SearchRoutes(app.index(), app.config().index().maxPageSize());
    this.papers = new PaperRoutes(app.graph());
  }

  void register(RoutesConfig routes) {
    routes.get("/api/health", ctx -> ctx.json(Map.of("status", "ok", "papers", app.index().count())));
    routes.get("/api/search", search::search);
    routes.get("/api/suggest", search::suggest);
    routes.get("/api/papers/<id>/similar", search::similar);
    routes.get("/api/papers/<id>", papers::paper);
  }
}
