package dev.keepup.api.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Typed, validated query parameters; a bad one is a {@link BadRequest} naming it. */
final class Params {

  static final int MAX_VALUE_LENGTH = 1_000;
  static final int MAX_VALUES = 100;
  static final int MAX_PAGE = 1_000;

  private final Context ctx;

  Params(Context ctx) {
    this.ctx = ctx;
  }

  String text(String name, String fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    if (v.length() > MAX_VALUE_LENGTH) {
      throw new BadRequest("parameter " + name + " is longer than " + MAX_VALUE_LENGTH + " characters");
    }
    return v.strip();
  }

  String required(String name) {
    String v = text(name, null);
    if (v == null) {
      throw new BadRequest("parameter " + name + " is required");
    }
    return v;
  }

  int integer(String name, int fallback, int min, int max) {
    String v = text(name, null);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new BadRequest("parameter " + name + " must be between " + min + " and " + max + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequest("parameter " + name + " must be a whole number, got '" + abbreviate(v) + "'");
    }
  }

  boolean bool(String name, boolean fallback) {
    String v = text(name, null);
    if (v == null) {
      return fallback;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new BadRequest("parameter " + name + " must be true or false, got '" + abbreviate(v) + "'");
    };
  }

  LocalDate date(String name) {
    String v = text(name, null);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new BadRequest("parameter " + name + " must be a date like 2025-01-31, got '" + abbreviate(v) + "'");
    }
  }

  <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
    String v = text(name, null);
    if (v == null) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> allowed = java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
      throw new BadRequest("parameter " + name + " must be one of " + allowed + ", got '" + abbreviate(v) + "'");
    }
  }

  /** All values of a repeatable parameter, also split at commas. */
  Set<String> values(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String raw : ctx.queryParams(name)) {
      for (String v : raw.split(",")) {
        if (!v.isBlank()) {
          if (v.length() > MAX_VALUE_LENGTH) {
            throw new BadRequest("a value of parameter " + name + " is too long");
          }
          out.add(v.strip());
        }
      }
    }
    if (out.size() > MAX_VALUES) {
      throw new BadRequest("parameter " + name + " has more than " + MAX_VALUES + " values");
    }
    return out;
  }

  /**
   * One page of a list that can grow, by the parameters {@code offset} (default 0) and {@code limit}
   * (default and most {@value #MAX_PAGE}): {@code {key: [...], "total": n, "next_offset": m}}, where
   * next_offset is absent on the last page.
   */
  <T> Map<String, Object> page(List<T> all, String key) {
    int offset = integer("offset", 0, 0, Integer.MAX_VALUE);
    int limit = integer("limit", MAX_PAGE, 1, MAX_PAGE);
    List<T> page = all.subList(Math.min(offset, all.size()), (int) Math.min(all.size(), (long) offset + limit));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(key, page);
    out.put("total", all.size());
    if ((long) offset + page.size() < all.size()) {
      out.put("next_offset", offset + page.size());
    }
    return out;
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }
}
