package dev.keepup.api.http;

import dev.keepup.api.Application;
import dev.keepup.api.Json;
import dev.keepup.api.config.KeepupConfig;
import dev.keepup.indexer.search.QuerySyntaxException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.plugin.bundled.GlobalHeadersConfig;
import io.javalin.plugin.bundled.RateLimitPlugin;
import java.util.concurrent.TimeUnit;
import io.javalin.validation.ValidationException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP JSON API and the web UI. Routes are declared in one place ({@link Routes}); errors are mapped once,
 * to {@link ApiError} bodies, so a handler only does its own work.
 */
public final class HttpApi implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(HttpApi.class);

  /** Everything the web UI loads comes from this server: no fonts, scripts or calls elsewhere. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final Javalin javalin;
  private final Routes routes;

  private HttpApi(Javalin javalin, Routes routes) {
    this.javalin = javalin;
    this.routes = routes;
  }

  /** The routes served, as {@code /openapi.json} must describe them. */
  java.util.List<Routes.Endpoint> endpoints() {
    return routes.endpoints();
  }

  /** Starts serving {@code app} on {@code host}:{@code port} (0 picks a free port), with the other HTTP settings of its config. */
  public static HttpApi start(Application app, String host, int port) {
    KeepupConfig.Http configured = app.config().http();
    return start(app, new KeepupConfig.Http(host, port, configured.maxBodyBytes(), configured.apiToken(), configured.rateLimitPerMinute()));
  }

  /** Starts serving {@code app} with {@code settings}: where to listen, body cap, token and rate limit. */
  public static HttpApi start(Application app, KeepupConfig.Http settings) {
    String host = settings.host();
    int port = settings.port();
    Routes routes = new Routes(app, settings.apiToken());
    Javalin javalin =
        Javalin.create(
            config -> {
              config.jetty.host = host;
              config.jetty.port = port;
              config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
              config.http.maxRequestSize = settings.maxBodyBytes();
              config.http.prefer405over404 = true;
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
              config.staticFiles.add("/web", Location.CLASSPATH); // the web UI
              config.staticFiles.enableWebjars(); // its JavaScript libraries, from Maven Central
              config.bundledPlugins.enableGlobalHeaders(headers -> {
                headers.contentSecurityPolicy(CONTENT_SECURITY_POLICY);
                headers.xContentTypeOptionsNoSniff();
                headers.referrerPolicy(GlobalHeadersConfig.ReferrerPolicy.SAME_ORIGIN);
              });
              int perMinute = settings.rateLimitPerMinute();
              if (perMinute > 0) {
                config.registerPlugin(new RateLimitPlugin(limits -> limits.setKeyFunction(Context::ip)));
                config.routes.before("/api/*", ctx -> ctx.with(RateLimitPlugin.class).requestPerTimeUnit(perMinute, TimeUnit.MINUTES));
              }
              config.requestLogger.http((ctx, ms) -> app.metrics().request(ctx.method().name(), routeOf(ctx), ctx.statusCode(), ms / 1000.0));
              routes.register(config.routes);
              errors(config);
            });
    javalin.start();
    LOG.info("HTTP API on http://{}:{}/api/health", host, javalin.port());
    return new HttpApi(javalin, routes);
  }

  /** A '%' not followed by two hex digits: the path cannot be decoded (Javalin would fail on the parameter). */
  private static final java.util.regex.Pattern BAD_ESCAPE = java.util.regex.Pattern.compile("%(?![0-9A-Fa-f]{2})");

  private static void errors(io.javalin.config.JavalinConfig config) {
    config.routes.before(ctx -> {
      if (BAD_ESCAPE.matcher(ctx.req().getRequestURI()).find()) {
        throw new BadRequest("the path has a malformed %-escape");
      }
    });
    config.routes.exception(UnsupportedCharsetException.class, (e, ctx) ->
        error(ctx, HttpStatus.BAD_REQUEST, "bad request body", "unsupported charset " + Params.abbreviate(String.valueOf(e.getCharsetName()))));
    config.routes.exception(IllegalCharsetNameException.class, (e, ctx) ->
        error(ctx, HttpStatus.BAD_REQUEST, "bad request body", "unsupported charset " + Params.abbreviate(String.valueOf(e.getCharsetName()))));
    config.routes.exception(QuerySyntaxException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, "bad query", e.getMessage()));
    config.routes.exception(StreamReadException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, "malformed JSON", firstLine(e)));
    config.routes.exception(JsonMappingException.class, (e, ctx) -> error(ctx, HttpStatus.UNPROCESSABLE_CONTENT, "invalid body", describe(e)));
    config.routes.exception(BadRequest.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, "bad request", e.getMessage()));
    config.routes.exception(ValidationException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, "bad request", describe(e)));
    config.routes.exception(HttpResponseException.class, (e, ctx) -> {
      HttpStatus status = HttpStatus.forStatus(e.getStatus());
      if (status == HttpStatus.TOO_MANY_REQUESTS) {
        ctx.header("Retry-After", "60"); // the limiter's window is one minute
      }
      error(ctx, status, status.getMessage().toLowerCase(java.util.Locale.ROOT), e.getMessage());
    });
    config.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
      error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "internal error", "see the server log");
    });
    config.routes.error(405, ctx -> error(ctx, HttpStatus.METHOD_NOT_ALLOWED, "method not allowed", ctx.method() + " " + ctx.path()));
    config.routes.error(413, ctx -> error(ctx, HttpStatus.CONTENT_TOO_LARGE, "request body too large", null));
  }

  /** What is wrong with a well-formed body, in the API's words rather than Jackson's class names. */
  private static String describe(JsonMappingException e) {
    String field = e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(java.util.stream.Collectors.joining("."));
    String where = field.isEmpty() ? "the body" : "field '" + Params.abbreviate(field) + "'";
    return switch (e) {
      case UnrecognizedPropertyException u -> "unknown field '" + Params.abbreviate(u.getPropertyName()) + "'";
      case ValueInstantiationException v when v.getCause() != null -> Params.abbreviate(String.valueOf(v.getCause().getMessage()));
      case MismatchedInputException m when m.getTargetType() != null -> where + " must be " + kindOf(m.getTargetType());
      default -> where + ": " + firstLine(e);
    };
  }

  private static String kindOf(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return type == String.class ? "a string" : "an object";
  }

  private static String firstLine(com.fasterxml.jackson.core.JacksonException e) {
    String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    return Params.abbreviate(message.lines().findFirst().orElse(message).replaceAll("\\s*\\(through reference chain.*", ""));
  }

  /** The route template of a request, for metrics; a bounded set of values. */
  private static String routeOf(Context ctx) {
    try {
      String path = ctx.endpoint().path;
      return path.startsWith("/api/") || path.startsWith("/feeds/") || path.equals("/metrics") || path.equals("/openapi.json") ? path : "static";
    } catch (RuntimeException noEndpoint) {
      return "unmatched";
    }
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

  @Override
  public void close() {
    javalin.stop();
  }
}
