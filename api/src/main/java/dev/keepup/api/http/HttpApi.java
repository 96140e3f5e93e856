package dev.keepup.api.http;

import dev.keepup.api.Application;
import dev.keepup.api.Json;
import dev.keepup.indexer.search.QuerySyntaxException;
import dev.keepup.model.PaperId;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.json.JavalinJackson;
import io.javalin.validation.ValidationException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP JSON API. Routes are declared in one place ({@link #routes}); errors are mapped once,
 * to {@link ApiError} bodies, so a handler only does its own work.
 */
public final class HttpApi implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);
  private static final int MAX_QUERY_CHARS = 1_000;

  private final Application app;
  private final Javalin javalin;

  private HttpApi(Application app, Javalin javalin) {
    this.app = app;
    this.javalin = javalin;
  }

  /** Starts serving {@code app} on {@code host}:{@code port} (0 picks a free port). */
  public static HttpApi start(Application app, String host, int port) {
    HttpApi[] self = new HttpApi[1];
    Javalin javalin =
        Javalin.create(
            config -> {
              config.jetty.host = host;
              config.jetty.port = port;
              config.http.maxRequestSize = app.config().http().maxBodyBytes();
              config.http.prefer405over404 = true;
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
              config.routes.get("/api/health", ctx -> self[0].health(ctx));
              config.routes.get("/api/search", ctx -> self[0].search(ctx));
              config.routes.get("/api/papers/<id>", ctx -> self[0].paper(ctx));
              errors(config);
            });
    self[0] = new HttpApi(app, javalin);
    javalin.start();
    LOG.info("HTTP API on http://{}:{}/api/health", host, javalin.port());
    return self[0];
  }

  private static void errors(io.javalin.config.JavalinConfig config) {
    config.routes.exception(QuerySyntaxException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, "bad query", e.getMessage()));
    config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, "bad request", e.getMessage()));
    config.routes.exception(ValidationException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, "bad request", describe(e)));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> {
      HttpStatus status = HttpStatus.forStatus(e.getStatus());
      error(ctx, status, status.getMessage().toLowerCase(java.util.Locale.ROOT), e.getMessage());
    });
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
      error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error", "see the server log");
    });
    config.routes.error(405, ctx -> error(ctx, HttpStatus.METHOD_NOT_ALLOWED, "method not allowed", ctx.method() + " " + ctx.path()));
    config.routes.error(413, ctx -> error(ctx, HttpStatus.CONTENT_TOO_LARGE, "request body too large", null));
  }

  private static void error(Context ctx, HttpStatus status, String error, String detail) {
    ctx.status(status).json(new ApiError(error, detail));
  }

  private static String describe(ValidationException e) {
    return e.getErrors().entrySet().stream()
        .map(entry -> entry.getKey() + ": " + entry.getValue().getFirst().getMessage())
        .findFirst()
        .orElse("invalid parameter");
  }

  /** The port actually listened on. */
  public int port() {
    return javalin.port();
  }

  private void health(Context ctx) {
    ctx.json(Map.of("status", "ok", "papers", app.index().count()));
  }

  private void search(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw new BadRequest("parameter q (the query) is required");
    }
    if (q.length() > MAX_QUERY_CHARS) {
      throw new BadRequest("parameter q is longer than " + MAX_QUERY_CHARS + " characters");
    }
    int maxPage = app.config().index().maxPageSize();
    int limit = ctx.queryParamAsClass("limit", Integer.class)
        .getOrDefault(10);
    if (limit < 1 || limit > maxPage) {
      throw new BadRequest("parameter limit must be between 1 and " + maxPage + ", got " + limit);
    }
    var results = app.index().search(q, limit);
    ctx.json(new SearchView(q, results.totalHits(), results.hits()));
  }

  private void paper(Context ctx) {
    String raw = ctx.pathParam("id");
    PaperId id;
    try {
      id = PaperId.parse(raw).id();
    } catch (IllegalArgumentException e) {
      throw new BadRequest("'" + abbreviate(raw) + "' is not an arXiv identifier");
    }
    var stored = app.graph().paper(id).orElseThrow(() -> new NotFoundResponse("no paper " + id));
    ctx.json(PaperView.of(stored));
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }

  @Override
  public void close() {
    javalin.stop();
  }

  /** A request the API cannot serve because of its parameters. */
  static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message);
    }
  }
}
