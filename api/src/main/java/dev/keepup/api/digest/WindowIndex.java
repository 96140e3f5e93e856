package dev.keepup.api.digest;

import dev.keepup.graph.StoredPaper;
import dev.keepup.indexer.search.IndexedPaper;
import dev.keepup.indexer.search.PaperIndex;
import dev.keepup.indexer.search.SearchFilters;
import dev.keepup.indexer.search.SearchHit;
import dev.keepup.indexer.search.SearchRequest;
import dev.keepup.indexer.search.SearchResults;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A small throw-away search index of the papers one digest run may send, with the tags the main
 * index holds for them. Subscriptions' queries and topic and skill filters run against it with the
 * same query language and analysis as search, and only ever see new papers.
 */
final class WindowIndex implements AutoCloseable {

  private final Path dir;
  private final PaperIndex index;
  private final int size;

  private WindowIndex(Path dir, PaperIndex index, int size) {
    this.dir = dir;
    this.index = index;
    this.size = size;
  }

  static WindowIndex of(List<StoredPaper> papers, Map<String, TagLookup.Tags> tags) {
    Path dir;
    try {
      dir = Files.createTempDirectory("keepup-digest-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary digest index: " + e.getMessage(), e);
    }
    PaperIndex index = PaperIndex.open(dir);
    try {
      index.upsert(papers.stream().map(p -> {
        TagLookup.Tags t = tags.getOrDefault(p.paper().id().value(), TagLookup.Tags.NONE);
        return new IndexedPaper(p.paper(), t.topics(), t.skills(), List.of(), p.firstSeen());
      }).toList());
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
    return new WindowIndex(dir, index, papers.size());
  }

  /** The best {@code limit} papers matching {@code query} under {@code filters}, and how many match in all. */
  record Hits(Map<String, Float> scores, long total) {
    static final Hits NONE = new Hits(Map.of(), 0);
  }

  /** The ids of the best {@code limit} papers matching {@code query} under {@code filters}, with their relevance. */
  Hits search(String query, SearchFilters filters, int limit) {
    if (size == 0) {
      return Hits.NONE;
    }
    SearchRequest request = SearchRequest.of(query).withFilters(filters)
        .withPageSize(Math.clamp(Math.min(limit, size), 1, SearchRequest.MAX_PAGE_SIZE));
    SearchResults results = index.search(request);
    Map<String, Float> scores = new LinkedHashMap<>();
    for (SearchHit hit : results.hits()) {
      scores.put(hit.id(), hit.score());
    }
    return new Hits(scores, results.totalHits());
  }

  /** How many papers the window holds. */
  int size() {
    return size;
  }

  @Override
  public void close() {
    index.close();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary digest index " + dir + ": " + e.getMessage(), e);
    }
  }
}
