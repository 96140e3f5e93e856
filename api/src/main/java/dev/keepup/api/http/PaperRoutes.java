package dev.keepup.api.http;

import dev.keepup.graph.GraphStore;
import dev.keepup.model.PaperId;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** {@code /api/papers/{id}}: one paper from the graph, the system of record. */
final class PaperRoutes {

  private final GraphStore graph;

  PaperRoutes(GraphStore graph) {
    this.graph = graph;
  }

  void paper(Context ctx) {
    PaperId id = paperId(ctx);
    var stored = graph.paper(id).orElseThrow(() -> new NotFoundResponse("no paper " + id));
    ctx.json(PaperView.of(stored));
  }

  /** The arXiv id in the path, with or without version, new or old style. */
  static PaperId paperId(Context ctx) {
    String raw = ctx.pathParam("id");
    try {
      return PaperId.parse(raw).id();
    } catch (IllegalArgumentException e) {
      throw new BadRequest("'" + Params.abbreviate(raw) + "' is not an arXiv identifier");
    }
  }
}
