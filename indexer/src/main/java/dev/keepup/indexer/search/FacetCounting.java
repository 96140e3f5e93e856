package dev.keepup.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.CollectorManager;

/**
 * Where facet counts come from: {@link FacetTally} collectors over one reader, with the facets'
 * global ordinals built once per reader (searcher generation) and shared by all searches on it,
 * each segment's ordinals read into the heap once per segment ({@link SegmentOrdinals}), and
 * counters reused from one search to the next (a pool, so that concurrent searches each have
 * their own). Thread-safe; one per {@link PaperSearch}.
 */
final class FacetCounting {

  private record ReaderOrdinals(IndexReader.CacheKey key, FacetOrdinals ordinals) {}

  private volatile ReaderOrdinals current = new ReaderOrdinals(null, null);
  /** Each open segment's ordinals, by the segment's core (shared by all readers that hold it). */
  private final Map<IndexReader.CacheKey, SegmentOrdinals> segments = new ConcurrentHashMap<>();
  private final Queue<OrdinalCounts> spare = new ConcurrentLinkedQueue<>();

  /** Collectors of the given facets over {@code reader}; the reduced tally holds them all. */
  CollectorManager<FacetTally, FacetTally> manager(IndexReader reader, Set<Facet> facets) {
    return new CollectorManager<>() {
      @Override
      public FacetTally newCollector() throws IOException {
        return tally(reader, facets);
      }

      @Override
      public FacetTally reduce(Collection<FacetTally> tallies) {
        Iterator<FacetTally> each = tallies.iterator();
        FacetTally first = each.next();
        each.forEachRemaining(first::addAll);
        return first;
      }
    };
  }

  /** A collector of the given facets over {@code reader}, counting from zero. */
  FacetTally tally(IndexReader reader, Set<Facet> facets) throws IOException {
    OrdinalCounts counts = spare.poll();
    return new FacetTally((counts == null ? new OrdinalCounts() : counts).bind(ordinals(reader)), facets, spare::add);
  }

  private FacetOrdinals ordinals(IndexReader reader) throws IOException {
    IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
    ReaderOrdinals ordinals = current;
    if (ordinals.key() != key) {
      ordinals = new ReaderOrdinals(key, FacetOrdinals.of(reader, this::segment));
      current = ordinals;
    }
    return ordinals.ordinals();
  }

  /** A segment's ordinals, read once while the segment is open. */
  private SegmentOrdinals segment(LeafReader segment) {
    IndexReader.CacheHelper core = segment.getCoreCacheHelper();
    if (core == null) {
      return unchecked(() -> SegmentOrdinals.of(segment));
    }
    return segments.computeIfAbsent(core.getKey(), key -> {
      core.addClosedListener(segments::remove);
      return unchecked(() -> SegmentOrdinals.of(segment));
    });
  }

  /** How many segments' ordinals are held: those of the open segments counted over. */
  int segmentsHeld() {
    return segments.size();
  }

  private interface Reading<T> {
    T read() throws IOException;
  }

  private static <T> T unchecked(Reading<T> reading) {
    try {
      return reading.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
