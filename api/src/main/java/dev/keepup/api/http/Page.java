package dev.keepup.api.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** Pagination of the lists that can grow, for route handlers outside this package. */
public final class Page {

  private Page() {}

  /** The page of {@code all} that {@code ?offset=&limit=} ask for, as {@code {key: [...], "total": n, "next_offset": m}}. */
  public static <T> Map<String, Object> of(Context ctx, List<T> all, String key) {
    return new Params(ctx).page(all, key);
  }
}
