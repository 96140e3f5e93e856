package dev.keepup.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keepup.api.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of a benchmark (what it prints as JSON) as Markdown tables: single values as rows of
 * a "figure | value" table, lists of objects (one per corpus size) as one wide table, objects of
 * values (one per query kind) as the rows of a table of their own.
 */
final class MarkdownTable {

  private MarkdownTable() {}

  /** Prints the tables of a benchmark's figures and then, with --json, the figures as the last line. */
  static void print(PrintWriter out, Object figures, boolean json) {
    out.println();
    out.print(of(figures));
    if (json) {
      JsonOutput.printLine(out, figures);
    }
    out.flush();
  }

  /** The tables of {@code figures} (a map or record that Jackson can write). */
  static String of(Object figures) {
    JsonNode root = figures instanceof JsonNode n ? n : Json.MAPPER.valueToTree(figures);
    StringBuilder values = new StringBuilder();
    StringBuilder lists = new StringBuilder();
    List<Map.Entry<String, JsonNode>> objects = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      JsonNode v = field.getValue();
      if (v.isArray() && !v.isEmpty() && v.get(0).isObject()) {
        lists.append('\n').append(field.getKey()).append(":\n\n").append(rows(v));
      } else if (v.isObject()) {
        objects.add(field);
      } else {
        values.append("| ").append(field.getKey()).append(" | ").append(text(v)).append(" |\n");
      }
    }
    StringBuilder out = new StringBuilder();
    if (!values.isEmpty()) {
      out.append("| figure | value |\n|---|---:|\n").append(values);
    }
    if (!objects.isEmpty()) {
      Set<String> columns = columns(objects.stream().map(Map.Entry::getValue).toList());
      out.append("\n| | ").append(String.join(" | ", columns)).append(" |\n|---|").append("---:|".repeat(columns.size())).append('\n');
      for (Map.Entry<String, JsonNode> o : objects) {
        out.append("| ").append(o.getKey()).append(' ').append(cells(o.getValue(), columns)).append('\n');
      }
    }
    return out.append(lists).toString();
  }

  private static String rows(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    Set<String> columns = columns(items);
    StringBuilder out = new StringBuilder("| ").append(String.join(" | ", columns)).append(" |\n|")
        .append("---:|".repeat(columns.size())).append('\n');
    items.forEach(item -> out.append(cells(item, columns)).append('\n'));
    return out.toString();
  }

  private static Set<String> columns(List<JsonNode> items) {
    Set<String> columns = new LinkedHashSet<>();
    items.forEach(item -> item.properties().forEach(f -> columns.add(f.getKey())));
    return columns;
  }

  private static String cells(JsonNode item, Set<String> columns) {
    StringBuilder out = new StringBuilder("|");
    for (String c : columns) {
      out.append(' ').append(item.has(c) ? text(item.get(c)) : "").append(" |");
    }
    return out.toString();
  }

  private static String text(JsonNode v) {
    return v.isValueNode() ? v.asText() : v.toString();
  }
}
