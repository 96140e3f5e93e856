package dev.keepup.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.EnumMap;
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
 * Where facet counts come from: {@link FacetTally} collectors over one reader, with the fields'
 * global ordinals built once per reader (searcher generation) and shared by all searches on it,
 * each segment's ordinals read into the heap once per segment ({@link SegmentOrdinals}), and counting arrays reused from one search to the next (a pool, so that concurrent searches
 * each have their own). Thread-safe; one per {@link PaperSearch}.
 */
final class FacetCounting {

  private record ReaderOrdinals(IndexReader.CacheKey key, Map<Facet, FieldOrdinals> fields) {}

  private volatile ReaderOrdinals current = new ReaderOrdinals(null, Map.of());
  /** Each open segment's ordinals of each facet field, by the segment's core (shared by all readers that hold it). */
  private final Map<IndexReader.CacheKey, Map<String, SegmentOrdinals>> segments = new ConcurrentHashMap<>();
  private final Queue<Map<Facet, OrdinalCounts>> spare = new ConcurrentLinkedQueue<>();

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
    Map<Facet, FieldOrdinals> ordinals = ordinals(reader);
    Map<Facet, OrdinalCounts> spareCounts = spare.poll();
    Map<Facet, OrdinalCounts> counts = new EnumMap<>(Facet.class);
    for (Facet facet : facets) {
      OrdinalCounts c = spareCounts == null ? null : spareCounts.remove(facet);
      counts.put(facet, (c == null ? new OrdinalCounts() : c).bind(field(ordinals, reader, facet)));
    }
    if (spareCounts != null && !spareCounts.isEmpty()) {
      spare.add(spareCounts);
    }
    return new FacetTally(counts, this::giveBack);
  }

  private void giveBack(Map<Facet, OrdinalCounts> counts) {
    spare.add(new EnumMap<>(counts));
  }

  private Map<Facet, FieldOrdinals> ordinals(IndexReader reader) {
    IndexReader.CacheKey key = reader.getReaderCacheHelper().getKey();
    ReaderOrdinals ordinals = current;
    if (ordinals.key() != key) {
      ordinals = new ReaderOrdinals(key, new ConcurrentHashMap<>());
      current = ordinals;
    }
    return ordinals.fields();
  }

  private FieldOrdinals field(Map<Facet, FieldOrdinals> ordinals, IndexReader reader, Facet facet) {
    return ordinals.computeIfAbsent(facet, f -> unchecked(() -> FieldOrdinals.of(reader, f.field, this::segment)));
  }

  /** A segment's ordinals of a field, read once while the segment is open. */
  private SegmentOrdinals segment(LeafReader segment, String field) {
    IndexReader.CacheHelper core = segment.getCoreCacheHelper();
    if (core == null) {
      return unchecked(() -> SegmentOrdinals.of(segment, field));
    }
    Map<String, SegmentOrdinals> fields = segments.computeIfAbsent(core.getKey(), key -> {
      core.addClosedListener(segments::remove);
      return new ConcurrentHashMap<>();
    });
    return fields.computeIfAbsent(field, f -> unchecked(() -> SegmentOrdinals.of(segment, f)));
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
