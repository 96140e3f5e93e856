package dev.keepup.api.http;

import dev.keepup.api.Application;
import dev.keepup.api.digest.DigestRoutes;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Every route of the HTTP API, in one place, with the handler objects that serve them. */
final class Routes {

  private final Application app;
  private final String apiToken;
  private final SearchRoutes search;
  private final PaperRoutes papers;
  private final GraphRoutes graph;
  private final SourceRoutes sources;
  private final DigestRoutes digests;

  Routes(Application app, String apiToken) {
    this.app = app;
    this.apiToken = apiToken;
    this.search = new SearchRoutes(app.index(), app.config().index().maxPageSize());
    this.papers = new PaperRoutes(app.graph());
    this.graph = new GraphRoutes(app.graph(), app.index(), java.time.Clock.systemUTC());
    this.sources = new SourceRoutes(app);
    this.digests = new DigestRoutes(app.digests());
  }

  /** A declared route and the query parameters it takes: what {@code /openapi.json} must describe. */
  record Endpoint(String method, String path, Set<String> query) {
    Endpoint {
      query = Set.copyOf(query);
    }
  }

  /** Whether a write route reads a JSON body. */
  private enum Body { NONE, JSON }

  private static final String[] PAGE = {"limit", "offset"};

  private final List<Endpoint> declared = new ArrayList<>();

  void register(RoutesConfig routes) {
    get(routes, "/api/health", ctx -> ctx.json(Map.of("status", "ok", "papers", app.index().count())));
    get(routes, "/api/search", search::search, "q", "match", "sort", "half_life_days", "cat", "topic", "skill", "author", "source",
        "from", "to", "facets", "facet_limit", "limit", "cursor", "snippets");
    get(routes, "/api/suggest", search::suggest, "q", "type", "limit");
    get(routes, "/api/papers/<id>/similar", search::similar, "limit");
    get(routes, "/api/papers/<id>", papers::paper);
    get(routes, "/api/researchers", graph::findResearchers, "q", "limit");
    get(routes, "/api/researchers/<key>", graph::researcher);
    get(routes, "/api/topics", graph::trendingTopics, "days", "min_papers", "limit");
    get(routes, "/api/topics/{id}", graph::topic, "days");
    get(routes, "/api/skills/{id}/path", graph::learningPath);
    get(routes, "/api/skills/{id}", graph::skill);
    get(routes, "/api/graph", graph::neighbourhood, "center", "depth", "limit");
    get(routes, "/api/path", graph::collaborationPath, "from", "to");
    get(routes, "/api/sources", sources::list, PAGE);
    write(routes, "post", "/api/sources", Body.JSON, sources::add);
    write(routes, "delete", "/api/sources/{id}", Body.NONE, sources::remove);
    get(routes, "/api/crawl", sources::crawlStatus);
    write(routes, "post", "/api/crawl", Body.NONE, sources::startCrawl);
    get(routes, "/api/subscriptions", digests::list, PAGE);
    write(routes, "post", "/api/subscriptions", Body.JSON, digests::create);
    get(routes, "/api/subscriptions/{name}", digests::get);
    write(routes, "put", "/api/subscriptions/{name}", Body.JSON, digests::replace);
    write(routes, "delete", "/api/subscriptions/{name}", Body.NONE, digests::delete);
    get(routes, "/api/subscriptions/{name}/digests", digests::history, "limit");
    write(routes, "post", "/api/subscriptions/{name}/digest", Body.NONE, digests::digestNow);
    get(routes, "/api/follows", digests::follows);
    write(routes, "post", "/api/follows", Body.JSON, digests::follow);
    get(routes, "/feeds/{file}", digests::feed);
    get(routes, "/metrics", ctx -> {
      ctx.contentType(app.metrics().contentType());
      app.metrics().write(ctx.outputStream());
    });
    get(routes, "/openapi.json", ctx -> ctx.contentType("application/json").result(OPENAPI));
  }

  private void get(RoutesConfig routes, String path, Handler handler, String... query) {
    routes.get(path, declare("get", path, query, handler));
  }

  /**
   * A write route: it needs the API token when one is configured (always, beyond loopback), and a
   * route that reads a body takes JSON only.
   */
  private void write(RoutesConfig routes, String method, String path, Body body, Handler handler, String... query) {
    Handler guarded = declare(method, path, query, ctx -> {
      requireToken(ctx);
      if (body == Body.JSON) {
        requireJson(ctx);
      }
      handler.handle(ctx);
    });
    switch (method) {
      case "post" -> routes.post(path, guarded);
      case "put" -> routes.put(path, guarded);
      case "delete" -> routes.delete(path, guarded);
      default -> throw new IllegalArgumentException("not a write method: " + method);
    }
  }

  /** Records the route and wraps its handler so that a parameter it does not take is a bad request. */
  private Handler declare(String method, String path, String[] query, Handler handler) {
    Set<String> known = Set.of(query);
    declared.add(new Endpoint(method, path, known));
    return ctx -> {
      for (String name : ctx.queryParamMap().keySet()) {
        if (!known.contains(name)) {
          throw new BadRequest("unknown parameter '" + Params.abbreviate(name) + "'"
              + (known.isEmpty() ? ": this route takes none" : "; this route takes " + String.join(", ", new TreeSet<>(known))));
        }
      }
      handler.handle(ctx);
    };
  }

  private static void requireJson(Context ctx) {
    String type = ctx.contentType();
    String mediaType = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals("application/json")) {
      throw new UnsupportedMediaTypeResponse("send the body as application/json, not " + (type == null ? "without a Content-Type" : Params.abbreviate(type)));
    }
    if (ctx.bodyAsBytes().length == 0) {
      throw new BadRequest("this request needs a JSON body");
    }
  }

  private void requireToken(Context ctx) {
    String token = apiToken;
    if (!token.isEmpty() && !java.security.MessageDigest.isEqual(
        ("Bearer " + token).getBytes(java.nio.charset.StandardCharsets.UTF_8),
        String.valueOf(ctx.header("Authorization")).getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
      throw new io.javalin.http.UnauthorizedResponse("this request needs the API token: Authorization: Bearer <token>");
    }
  }

  /** Every route registered, in OpenAPI's path syntax ({@code /api/papers/{id}}). */
  List<Endpoint> endpoints() {
    return declared.stream().map(e -> new Endpoint(e.method(), e.path().replace('<', '{').replace('>', '}'), e.query())).toList();
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
