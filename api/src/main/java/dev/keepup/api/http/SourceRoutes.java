package dev.keepup.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.keepup.api.Application;
import dev.keepup.api.crawl.BlogSources;
import dev.keepup.api.crawl.SourceList;
import dev.keepup.crawler.state.CrawlState;
import dev.keepup.graph.source.SourceStates.AddedBlog;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UnprocessableContentResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /api/sources} (health of every source; follow a blog; stop following one) and {@code
 * /api/crawl} (start one, see how it goes).
 */
final class SourceRoutes {

  private final Application app;

  SourceRoutes(Application app) {
    this.app = app;
  }

  /** The body of {@code POST /api/sources}: a feed or a page that announces one, and an optional name. */
  record NewSource(String url, String name) {}

  /** A source with its health, and whether a user added it (then it can be removed). */
  record SourceRow(String id, String kind, String name, String url, String health, CrawlState state, boolean added) {}

  void list(Context ctx) {
    Set<String> added = app.sourceStates().addedBlogs().stream().map(AddedBlog::id).collect(Collectors.toSet());
    List<SourceRow> all = SourceList.health(app.sources(), app.crawlStates()).stream()
        .map(h -> new SourceRow(h.id(), h.kind(), h.name(), h.url(), h.health(), h.state(), added.contains(h.id())))
        .toList();
    ctx.json(Page.of(ctx, all, "sources"));
  }

  /** Follows a blog: 201 with it, 409 when it is followed already, 422 when there is no usable feed. */
  void add(Context ctx) throws InterruptedException, JsonProcessingException {
    NewSource body = JsonBody.read(ctx, NewSource.class);
    if (body.url() == null) {
      throw new UnprocessableContentResponse("give the blog as {\"url\": \"https://…\", \"name\": \"optional\"}");
    }
    switch (app.blogSources().add(body.url(), body.name())) {
      case BlogSources.Added.Followed f -> ctx.status(HttpStatus.CREATED).json(Map.of(
          "id", f.blog().id(), "name", f.blog().title(), "feed", f.blog().feedUrl(), "home", f.blog().homeUrl()));
      case BlogSources.Added.Invalid i -> throw new UnprocessableContentResponse(i.reason());
      case BlogSources.Added.NoFeed n -> throw new UnprocessableContentResponse(n.reason());
      case BlogSources.Added.AlreadyFollowed a -> throw new ConflictResponse("already followed as " + a.id() + ": " + a.feed());
    }
  }

  /** Stops following a blog a user added: 204; 409 for a configured source; 404 for an unknown one. */
  void remove(Context ctx) {
    String id = ctx.pathParam("id");
    switch (app.blogSources().remove(id)) {
      case REMOVED -> ctx.status(HttpStatus.NO_CONTENT);
      case CONFIGURED -> throw new ConflictResponse(Params.abbreviate(id)
          + " comes from the configured source list (crawl.sources): remove it from that file");
      case UNKNOWN -> throw new NotFoundResponse("no source " + Params.abbreviate(id));
    }
  }

  /** Starts a crawl: 202 with its status, or 409 when one is running. */
  void startCrawl(Context ctx) {
    var started = app.crawlJobs().startIfIdle()
        .orElseThrow(() -> new ConflictResponse("a crawl is running since " + app.crawlJobs().status().startedAt() + ": see GET /api/crawl"));
    ctx.status(HttpStatus.ACCEPTED).json(started);
  }

  void crawlStatus(Context ctx) {
    ctx.json(app.crawlJobs().status());
  }
}
