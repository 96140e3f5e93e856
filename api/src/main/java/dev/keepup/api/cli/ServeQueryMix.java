package dev.keepup.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keepup.api.Json;
import dev.keepup.indexer.search.bench.Latencies;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * What people ask a running server, over real HTTP: searches (keywords, filtered, sorted by
 * newest), paper pages, similar papers, researcher profiles, topic pages, graph neighbourhoods and
 * completions, in a seeded random order. Paper ids, researcher names and topics come from the
 * server's own answers, so the mix fits any data directory.
 */
final class ServeQueryMix {

  private static final List<String> WORDS = List.of("neural network", "transformer", "reinforcement learning",
      "language model", "graph neural", "diffusion", "attention", "contrastive", "retrieval", "speech recognition",
      "machine translation", "optimization", "adversarial", "segmentation", "embedding");

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String base;
  private final Random random;

  ServeQueryMix(String baseUrl, long seed) {
    this.base = baseUrl;
    this.random = new Random(seed);
  }

  /** Latencies per kind of request, how many answers were not 2xx, and the first few of those. */
  record Result(Map<String, Latencies> latencies, int errors, List<String> firstErrors, int requests) {}

  private final List<String> failed = new ArrayList<>();

  /** Runs {@code requests} requests one after another, after one warm-up request of each kind. */
  Result run(int requests) throws IOException, InterruptedException {
    List<String> ids = new ArrayList<>();
    List<String> authors = new ArrayList<>();
    for (String w : WORDS) {
      JsonNode hits = get("/api/search?limit=20&q=" + enc(w)).path("hits");
      hits.forEach(h -> {
        ids.add(h.path("id").asText());
        h.path("authors").forEach(a -> authors.add(a.asText()));
      });
    }
    List<String> topics = get("/api/topics").findValuesAsText("id");
    if (ids.isEmpty() || authors.isEmpty()) {
      throw new IllegalStateException("the server found no papers for the query mix; is the data directory empty?");
    }
    Map<String, Function<Random, String>> kinds = new LinkedHashMap<>();
    kinds.put("search", r -> "/api/search?q=" + enc(pick(WORDS, r)));
    kinds.put("search_filtered", r -> "/api/search?sort=newest&cat=cs.LG&q=" + enc(pick(WORDS, r)));
    kinds.put("paper", r -> "/api/papers/" + pick(ids, r));
    kinds.put("similar", r -> "/api/papers/" + pick(ids, r) + "/similar");
    kinds.put("researcher", r -> "/api/researchers/" + enc(pick(authors, r)).replace("+", "%20"));
    kinds.put("topic", r -> topics.isEmpty() ? "/api/topics" : "/api/topics/" + enc(pick(topics, r)));
    kinds.put("graph", r -> "/api/graph?depth=1&limit=100&center=" + enc("researcher:" + pick(authors, r)));
    kinds.put("suggest", r -> "/api/suggest?type=author&q=" + enc(prefix(pick(authors, r))));
    List<String> names = List.copyOf(kinds.keySet());
    for (String kind : names) {
      check(kinds.get(kind).apply(random));
    }
    Map<String, List<Long>> nanos = new LinkedHashMap<>();
    names.forEach(n -> nanos.put(n, new ArrayList<>()));
    long start = System.nanoTime();
    for (int i = 0; i < requests; i++) {
      String kind = names.get(random.nextInt(names.size()));
      String path = kinds.get(kind).apply(random);
      long t = System.nanoTime();
      check(path);
      nanos.get(kind).add(System.nanoTime() - t);
    }
    long wall = System.nanoTime() - start;
    Map<String, Latencies> latencies = new LinkedHashMap<>();
    nanos.forEach((kind, list) -> {
      long[] values = list.stream().mapToLong(Long::longValue).toArray();
      latencies.put(kind, Latencies.of(values, new long[values.length], wall));
    });
    return new Result(latencies, errorCount, List.copyOf(failed), requests);
  }

  private static String prefix(String name) {
    return name.substring(0, Math.min(3, name.length()));
  }

  private static <T> T pick(List<T> list, Random r) {
    return list.get(r.nextInt(list.size()));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = client.send(request(path), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return Json.MAPPER.readTree(response.body());
  }

  private int errorCount;

  /** Sends one request and counts it as an error unless it is answered 2xx. */
  private void check(String path) throws IOException, InterruptedException {
    int status = client.send(request(path), HttpResponse.BodyHandlers.discarding()).statusCode();
    if (status / 100 != 2) {
      errorCount++;
      if (failed.size() < 5) {
        failed.add(status + " " + path);
      }
    }
  }

  private HttpRequest request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build();
  }
}
