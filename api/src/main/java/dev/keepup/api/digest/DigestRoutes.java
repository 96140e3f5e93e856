package dev.keepup.api.digest;

import com.fasterxml.jackson.core.JacksonException;
import dev.keepup.api.Json;
import java.io.IOException;
import dev.keepup.graph.subscription.Follows;
import dev.keepup.graph.subscription.StoredSubscription;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The HTTP handlers of subscriptions, follows, digests and feeds; the HTTP API registers each on
 * its route. Bad input becomes {@link BadRequestResponse} and an unknown subscription
 * {@link NotFoundResponse}, for the API's central error mapping.
 */
public final class DigestRoutes {

  private static final int MAX_DIGESTS = 50;

  private final DigestService digests;

  public DigestRoutes(DigestService digests) {
    this.digests = digests;
  }

  /** GET /api/subscriptions */
  public void list(Context ctx) {
    ctx.json(digests.subscriptions().stream().map(s -> SubscriptionBody.of(s, baseUrl())).toList());
  }

  /** GET /api/subscriptions/{name} */
  public void get(Context ctx) {
    ctx.json(SubscriptionBody.of(found(ctx.pathParam("name")), baseUrl()));
  }

  /** POST /api/subscriptions (the name in the body); answers 201 with the stored subscription. */
  public void create(Context ctx) {
    save(ctx, null);
    ctx.status(HttpStatus.CREATED);
  }

  /** PUT /api/subscriptions/{name} */
  public void replace(Context ctx) {
    save(ctx, ctx.pathParam("name"));
  }

  /** DELETE /api/subscriptions/{name}; 204, or 404 when there is none. */
  public void delete(Context ctx) {
    if (!digests.unsubscribe(ctx.pathParam("name"))) {
      throw new NotFoundResponse("no subscription named " + ctx.pathParam("name"));
    }
    ctx.status(HttpStatus.NO_CONTENT);
  }

  /** GET /api/subscriptions/{name}/digests?limit=N: the latest digests, newest first. */
  public void history(Context ctx) {
    String name = found(ctx.pathParam("name")).name();
    int limit = ctx.queryParamAsClass("limit", Integer.class).check(n -> n >= 1 && n <= MAX_DIGESTS, "1 to " + MAX_DIGESTS).getOrDefault(10);
    ctx.json(digests.digests(name, limit));
  }

  /** POST /api/subscriptions/{name}/digest: builds, records and delivers the next digest now. */
  public void digestNow(Context ctx) {
    try {
      ctx.json(digests.digestNow(ctx.pathParam("name")));
    } catch (NoSuchElementException e) {
      throw new NotFoundResponse(e.getMessage());
    }
  }

  /** GET /feeds/{file} where file is NAME.atom: the Atom feed. */
  public void feed(Context ctx) {
    String file = ctx.pathParam("file");
    if (!file.endsWith(".atom")) {
      throw new NotFoundResponse("feeds are at /feeds/NAME.atom");
    }
    try {
      ctx.contentType("application/atom+xml; charset=utf-8").result(digests.atom(file.substring(0, file.length() - 5)));
    } catch (NoSuchElementException e) {
      throw new NotFoundResponse(e.getMessage());
    }
  }

  /** GET /api/follows */
  public void follows(Context ctx) {
    ctx.json(digests.follows());
  }

  /** POST /api/follows with {"kind": "researcher|topic|skill", "name": "…"} */
  public void follow(Context ctx) {
    FollowBody body = jsonBody(ctx, FollowBody.class);
    if (body.kind() == null || body.name() == null) {
      throw new BadRequestResponse("give kind (researcher, topic or skill) and name");
    }
    Follows.Kind kind;
    try {
      kind = Follows.Kind.valueOf(body.kind().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse("kind is researcher, topic or skill, not " + body.kind());
    }
    try {
      digests.follow(kind, body.name());
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
    ctx.status(HttpStatus.CREATED).json(Map.of("following", digests.follows()));
  }

  /** The body of a follow. */
  public record FollowBody(String kind, String name) {}

  private void save(Context ctx, String pathName) {
    SubscriptionBody body = jsonBody(ctx, SubscriptionBody.class);
    try {
      ctx.json(SubscriptionBody.of(digests.subscribe(body.toSubscription(pathName)), baseUrl()));
    } catch (IllegalArgumentException e) {
      throw new BadRequestResponse(e.getMessage());
    }
  }

  /**
   * The request's JSON body (UTF-8, whatever charset the request claims) as {@code type}; an empty
   * body, a JSON null or JSON of another shape is a bad request.
   */
  private static <T> T jsonBody(Context ctx, Class<T> type) {
    T body;
    try {
      byte[] bytes = ctx.bodyAsBytes();
      body = bytes.length == 0 ? null : Json.MAPPER.readValue(bytes, type);
    } catch (IOException e) {
      String why = String.valueOf(e instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage());
      throw new BadRequestResponse("the body is not the JSON expected: " + why.substring(0, Math.min(why.length(), 200)).lines().findFirst().orElse(""));
    }
    if (body == null) {
      throw new BadRequestResponse("send the request body as a JSON object");
    }
    return body;
  }

  private StoredSubscription found(String name) {
    return digests.subscription(name).orElseThrow(() -> new NotFoundResponse("no subscription named " + name));
  }

  private String baseUrl() {
    return digests.settings().baseUrl();
  }
}
