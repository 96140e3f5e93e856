package dev.keepup.api.digest;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.keepup.graph.subscription.Follows;
import dev.keepup.graph.subscription.StoredSubscription;
import dev.keepup.api.http.JsonBody;
import dev.keepup.api.http.Page;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnprocessableContentResponse;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * The HTTP handlers of subscriptions, follows, digests and feeds; the HTTP API registers each on
 * its route. A body that fails validation becomes {@link UnprocessableContentResponse}, a taken
 * name {@link ConflictResponse} and an unknown subscription {@link NotFoundResponse}, for the API's
 * central error mapping.
 */
public final class DigestRoutes {

  private static final int MAX_DIGESTS = 50;

  private final DigestService digests;

  public DigestRoutes(DigestService digests) {
    this.digests = digests;
  }

  /** GET /api/subscriptions?offset=&limit= */
  public void list(Context ctx) {
    ctx.json(Page.of(ctx, digests.subscriptions().stream().map(s -> SubscriptionBody.of(s, baseUrl())).toList(), "subscriptions"));
  }

  /** GET /api/subscriptions/{name} */
  public void get(Context ctx) {
    ctx.json(SubscriptionBody.of(found(ctx.pathParam("name")), baseUrl()));
  }

  /** POST /api/subscriptions (the name in the body); answers 201 with the stored subscription, 409 when the name is taken. */
  public void create(Context ctx) throws JsonProcessingException {
    SubscriptionBody body = JsonBody.read(ctx, SubscriptionBody.class);
    StoredSubscription created = validated(() -> digests.subscribeNew(body.toSubscription(null)))
        .orElseThrow(() -> new ConflictResponse("a subscription named " + body.name() + " exists: change it with PUT /api/subscriptions/" + body.name()));
    ctx.status(HttpStatus.CREATED).json(SubscriptionBody.of(created, baseUrl()));
  }

  /** PUT /api/subscriptions/{name} */
  public void replace(Context ctx) throws JsonProcessingException {
    save(ctx, JsonBody.read(ctx, SubscriptionBody.class), ctx.pathParam("name"));
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
  public void follow(Context ctx) throws JsonProcessingException {
    FollowBody body = JsonBody.read(ctx, FollowBody.class);
    if (body.kind() == null || body.name() == null) {
      throw new UnprocessableContentResponse("give kind (researcher, topic or skill) and name");
    }
    Follows.Kind kind;
    try {
      kind = Follows.Kind.valueOf(body.kind().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UnprocessableContentResponse("kind is researcher, topic or skill, not " + body.kind());
    }
    try {
      digests.follow(kind, body.name());
    } catch (IllegalArgumentException e) {
      throw new UnprocessableContentResponse(e.getMessage());
    }
    ctx.status(HttpStatus.CREATED).json(Map.of("following", digests.follows()));
  }

  /** The body of a follow. */
  public record FollowBody(String kind, String name) {}

  private void save(Context ctx, SubscriptionBody body, String pathName) {
    ctx.json(SubscriptionBody.of(validated(() -> digests.subscribe(body.toSubscription(pathName))), baseUrl()));
  }

  /** Runs a write whose settings (cadence, zone, channels, size) may be invalid: that is a 422. */
  private static <T> T validated(Supplier<T> write) {
    try {
      return write.get();
    } catch (IllegalArgumentException e) {
      throw new UnprocessableContentResponse(e.getMessage());
    }
  }

  private StoredSubscription found(String name) {
    return digests.subscription(name).orElseThrow(() -> new NotFoundResponse("no subscription named " + name));
  }

  private String baseUrl() {
    return digests.settings().baseUrl();
  }
}
