package dev.keepup.api.http;

import dev.keepup.graph.GraphStore;
import dev.keepup.graph.Window;
import dev.keepup.graph.explore.Explorer;
import dev.keepup.graph.explore.NodeKind;
import dev.keepup.indexer.search.PaperIndex;
import dev.keepup.indexer.search.Suggestion;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The graph's answers: researchers, topics, skills, learning paths, neighbourhoods, paths. */
final class GraphRoutes {

  private final GraphStore graph;
  private final PaperIndex index;
  private final Clock clock;

  GraphRoutes(GraphStore graph, PaperIndex index, Clock clock) {
    this.graph = graph;
    this.index = index;
    this.clock = clock;
  }

  /** {@code GET /api/researchers?q=}: researchers whose names start with q, with their keys. */
  void findResearchers(Context ctx) {
    Params p = new Params(ctx);
    List<Suggestion> names = index.suggest(p.required("q"), Suggestion.Type.AUTHOR, p.integer("limit", 10, 1, 50));
    List<String> keys = graph.researchers().keysOf(names.stream().map(Suggestion::text).toList());
    List<Map<String, Object>> found = new java.util.ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      found.add(Map.of("key", keys.get(i), "name", names.get(i).text(), "papers", names.get(i).papers()));
    }
    ctx.json(Map.of("researchers", found));
  }

  /** {@code GET /api/researchers/{key}}: a profile, by key or by a name as written. */
  void researcher(Context ctx) {
    String key = researcherKey(ctx.pathParam("key"));
    ctx.json(graph.researchers().profile(key, clock.instant())
        .orElseThrow(() -> new NotFoundResponse("no researcher " + Params.abbreviate(ctx.pathParam("key")))));
  }

  /** {@code GET /api/topics}: topics growing fastest over the last {@code days}. */
  void trendingTopics(Context ctx) {
    Params p = new Params(ctx);
    Window window = window(p);
    ctx.json(Map.of("from", window.from(), "to", window.to(),
        "topics", graph.topics().trending(window, p.integer("min_papers", 1, 1, 1_000), p.integer("limit", 20, 1, 100))));
  }

  void topic(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(graph.topics().page(id, window(new Params(ctx)))
        .orElseThrow(() -> new NotFoundResponse("no topic " + Params.abbreviate(id))));
  }

  void skill(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(graph.skills().page(id).orElseThrow(() -> new NotFoundResponse("no skill " + Params.abbreviate(id))));
  }

  /** {@code GET /api/skills/{id}/path}: what to learn first, in order, with reading. */
  void learningPath(Context ctx) {
    String id = ctx.pathParam("id");
    ctx.json(graph.skills().learningPath(id)
        .orElseThrow(() -> new NotFoundResponse("no skill or topic " + Params.abbreviate(id))));
  }

  /** {@code GET /api/graph?center=kind:key&depth=&limit=}: nodes and edges around a node. */
  void neighbourhood(Context ctx) {
    Params p = new Params(ctx);
    String center = p.required("center");
    int colon = center.indexOf(':');
    if (colon <= 0 || colon == center.length() - 1) {
      throw new BadRequest("parameter center must be kind:key, e.g. researcher:Yoshua Bengio or topic:diffusion-models");
    }
    NodeKind kind;
    try {
      kind = NodeKind.parse(center.substring(0, colon));
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
    String key = center.substring(colon + 1);
    if (kind == NodeKind.RESEARCHER) {
      key = researcherKey(key);
    }
    int depth = p.integer("depth", 1, 1, 2);
    int limit = p.integer("limit", 100, 1, Explorer.MAX_NODES);
    String shown = key;
    ctx.json(graph.explorer().neighbourhood(kind, key, depth, limit)
        .orElseThrow(() -> new NotFoundResponse("no " + kind.label() + " " + Params.abbreviate(shown))));
  }

  /** {@code GET /api/path?from=&to=}: the shortest chain of co-authors between two researchers. */
  void collaborationPath(Context ctx) {
    Params p = new Params(ctx);
    String from = researcherKey(p.required("from"));
    String to = researcherKey(p.required("to"));
    ctx.json(graph.researchers().collaborationPath(from, to)
        .orElseThrow(() -> new NotFoundResponse("no collaboration path between these researchers")));
  }

  private String researcherKey(String keyOrName) {
    return graph.researchers().keyOf(keyOrName);
  }

  private Window window(Params p) {
    return Window.before(clock.instant(), Duration.ofDays(p.integer("days", 365, 1, 36_500)));
  }
}
