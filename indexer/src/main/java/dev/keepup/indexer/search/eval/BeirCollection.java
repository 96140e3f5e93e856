package dev.keepup.indexer.search.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keepup.indexer.search.TextDocument;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A retrieval test collection in BEIR format: {@code corpus.jsonl} ({@code _id}, {@code title},
 * {@code text}), {@code queries.jsonl} ({@code _id}, {@code text}) and {@code qrels/NAME.tsv}
 * (header, then {@code query-id corpus-id score}). Only queries with judgments are kept.
 *
 * @param qrels per query id, the graded judgments (corpus id to score)
 */
public record BeirCollection(String split, List<TextDocument> corpus, Map<String, String> queries, Map<String, Map<String, Integer>> qrels) {

  /** Longest line read, in characters. */
  public static final int MAX_LINE = 1_000_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  public BeirCollection {
    corpus = List.copyOf(corpus);
    queries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(queries));
    qrels = Map.copyOf(qrels);
  }

  /**
   * Reads the collection in {@code dir}. {@code split} null means {@code test}, or the only qrels
   * file when there is one.
   */
  public static BeirCollection read(Path dir, String split) {
    try {
      String name = split == null ? defaultSplit(dir) : split;
      Path qrelsFile = dir.resolve("qrels").resolve(name + ".tsv");
      if (!Files.isRegularFile(qrelsFile)) {
        throw new IllegalArgumentException("no judgments for split '" + name + "': " + qrelsFile + " is missing");
      }
      Map<String, Map<String, Integer>> qrels = readQrels(qrelsFile);
      Map<String, String> queries = new LinkedHashMap<>();
      jsonLines(dir.resolve("queries.jsonl"), n -> {
        String id = n.path("_id").asText();
        if (qrels.containsKey(id)) {
          queries.put(id, n.path("text").asText());
        }
      });
      List<TextDocument> corpus = new ArrayList<>();
      jsonLines(dir.resolve("corpus.jsonl"), n -> corpus.add(new TextDocument(n.path("_id").asText(), n.path("title").asText(), n.path("text").asText())));
      qrels.keySet().retainAll(queries.keySet());
      return new BeirCollection(name, corpus, queries, qrels);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the collection in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String defaultSplit(Path dir) throws IOException {
    Path qrels = dir.resolve("qrels");
    if (Files.isRegularFile(qrels.resolve("test.tsv"))) {
      return "test";
    }
    try (Stream<Path> files = Files.list(qrels)) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv")).sorted().toList();
      if (names.size() != 1) {
        throw new IllegalArgumentException("name a split with --split: " + qrels + " holds " + names);
      }
      return names.getFirst().substring(0, names.getFirst().length() - 4);
    }
  }

  private static Map<String, Map<String, Integer>> readQrels(Path file) throws IOException {
    Map<String, Map<String, Integer>> qrels = new HashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String[] cols = lines.get(i).strip().split("\\s+");
      if (cols.length != 3 || (i == 0 && cols[2].equals("score"))) {
        if (i == 0 || lines.get(i).isBlank()) {
          continue;
        }
        throw new IllegalArgumentException(file + " line " + (i + 1) + " is not 'query-id corpus-id score'");
      }
      qrels.computeIfAbsent(cols[0], q -> new HashMap<>()).put(cols[1], Integer.parseInt(cols[2]));
    }
    return qrels;
  }

  private static void jsonLines(Path file, Consumer<JsonNode> each) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.length() > MAX_LINE) {
          throw new IllegalArgumentException(file + " line " + number + " is longer than " + MAX_LINE + " characters");
        }
        if (!line.isBlank()) {
          each.accept(JSON.readTree(line));
        }
      }
    }
  }
}
