package dev.keepup.api.http;

import dev.keepup.api.Application;
import dev.keepup.api.digest.DigestRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every route of the HTTP API, in one place, with the handler objects that serve them. */
final class Routes {

  private final Application app;
  private final SearchRoutes search;
  private final PaperRoutes papers;
  private final GraphRoutes graph;
  private final SourceRoutes sources;
  private final DigestRoutes digests;

  Routes(Application app) {
    this.app = app;
    this.search = new SearchRoutes(app.index(), app.config().index().maxPageSize());
    this.papers = new PaperRoutes(app.graph());
    this.graph = new GraphRoutes(app.graph(), app.index(), java.time.Clock.systemUTC());
    this.sources = new SourceRoutes(app);
    this.digests = new DigestRoutes(app.digests());
  }

  /** A declared route: what {@code /openapi.json} must describe. */
  record Endpoint(String method, String path) {}

  private final List<Endpoint> declared = new ArrayList<>();

  void register(RoutesConfig routes) {
    get(routes, "/api/health", ctx -> ctx.json(Map.of("status", "ok", "papers", app.index().count())));
    get(routes, "/api/search", search::search);
    get(routes, "/api/suggest", search::suggest);
    get(routes, "/api/papers/<id>/similar", search::similar);
    get(routes, "/api/papers/<id>", papers::paper);
    get(routes, "/api/researchers", graph::findResearchers);
    get(routes, "/api/researchers/<key>", graph::researcher);
    get(routes, "/api/topics", graph::trendingTopics);
    get(routes, "/api/topics/{id}", graph::topic);
    get(routes, "/api/skills/{id}/path", graph::learningPath);
    get(routes, "/api/skills/{id}", graph::skill);
    get(routes, "/api/graph", graph::neighbourhood);
    get(routes, "/api/path", graph::collaborationPath);
    get(routes, "/api/sources", sources::list);
    get(routes, "/api/crawl", sources::crawlStatus);
    post(routes, "/api/crawl", sources::startCrawl);
    get(routes, "/api/subscriptions", digests::list);
    post(routes, "/api/subscriptions", digests::create);
    get(routes, "/api/subscriptions/{name}", digests::get);
    write(routes, "put", "/api/subscriptions/{name}", digests::replace);
    write(routes, "delete", "/api/subscriptions/{name}", digests::delete);
    get(routes, "/api/subscriptions/{name}/digests", digests::history);
    post(routes, "/api/subscriptions/{name}/digest", digests::digestNow);
    get(routes, "/api/follows", digests::follows);
    post(routes, "/api/follows", digests::follow);
    get(routes, "/feeds/{file}", digests::feed);
    get(routes, "/metrics", ctx -> {
      ctx.contentType(app.metrics().contentType());
      app.metrics().write(ctx.outputStream());
    });
    get(routes, "/openapi.json", ctx -> ctx.contentType("application/json").result(OPENAPI));
  }

  private void get(RoutesConfig routes, String path, Handler handler) {
    declared.add(new Endpoint("get", path));
    routes.get(path, handler);
  }

  /** A write route: it needs the API token when one is configured (always, beyond loopback). */
  private void post(RoutesConfig routes, String path, Handler handler) {
    write(routes, "post", path, handler);
  }

  private void write(RoutesConfig routes, String method, String path, Handler handler) {
    declared.add(new Endpoint(method, path));
    Handler guarded = ctx -> {
      requireToken(ctx);
      handler.handle(ctx);
    };
    switch (method) {
      case "post" -> routes.post(path, guarded);
      case "put" -> routes.put(path, guarded);
      case "delete" -> routes.delete(path, guarded);
      default -> throw new IllegalArgumentException("not a write method: " + method);
    }
  }

  private void requireToken(io.javalin.http.Context ctx) {
    String token = app.config().http().apiToken();
    if (!token.isEmpty() && !java.security.MessageDigest.isEqual(
        ("Bearer " + token).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        String.valueOf(ctx.header("Authorization")).getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      throw new io.javalin.http.UnauthorizedResponse("this request needs the API token: Authorization: Bearer <token>");
    }
  }

  /** Every route registered, in OpenAPI's path syntax ({@code /api/papers/{id}}). */
  List<Endpoint> endpoints() {
    return declared.stream().map(e -> new Endpoint(e.method(), e.path().replace('<', '{').replace('>', '}'))).toList();
  }

  private static final byte[] OPENAPI = openApi();

  private static byte[] openApi() {
    try (InputStream in = Routes.class.getClassLoader().getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the class path: the build is broken");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
