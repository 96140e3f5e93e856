package dev.keepup.api.ingest;

import dev.keepup.graph.PaperTags;
import dev.keepup.graph.ScoredRef;
import dev.keepup.graph.StoredPaper;
import dev.keepup.indexer.nlp.ConceptTag;
import dev.keepup.indexer.nlp.Keyphrase;
import dev.keepup.indexer.nlp.PaperTagger;
import dev.keepup.indexer.nlp.Tags;
import dev.keepup.indexer.search.IndexedPaper;
import dev.keepup.model.Paper;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Tags papers on all cores: the one CoreNLP tagger of the process (built on first use, since most
 * commands never tag) shared by a fixed pool of named threads that the application owns.
 */
public final class Tagging {

  private final Supplier<PaperTagger> tagger;
  private final ExecutorService pool;
  private final LongAdder cpuNanos = new LongAdder();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public Tagging(Supplier<PaperTagger> tagger, ExecutorService pool) {
    this.tagger = tagger;
    this.pool = pool;
  }

  /** A paper and its tags. */
  public record Tagged(StoredPaper stored, Tags tags) {
    /** What the graph holds of its tags: topic and skill ids with scores, keyphrases. */
    public PaperTags graphTags() {
      return Tagging.graphTags(stored.paper(), tags);
    }

    /** What the search index holds of it: topic and skill labels, keyphrases. */
    public IndexedPaper indexed() {
      return new IndexedPaper(
          stored.paper(),
          tags.topics().stream().map(ConceptTag::label).toList(),
          tags.skills().stream().map(ConceptTag::label).toList(),
          keyphrases(),
          stored.firstSeen());
    }

    private List<String> keyphrases() {
      return Tagging.keyphrases(tags);
    }
  }

  /** What the graph holds of a paper's tags: topic and skill ids with scores, keyphrases. */
  public static PaperTags graphTags(Paper paper, Tags tags) {
    return new PaperTags(
        paper.id(),
        tags.topics().stream().map(t -> new ScoredRef(t.id(), t.score())).toList(),
        tags.skills().stream().map(t -> new ScoredRef(t.id(), t.score())).toList(),
        keyphrases(tags));
  }

  private static List<String> keyphrases(Tags tags) {
    return tags.keyphrases().stream().map(Keyphrase::phrase).toList();
  }

  /** Tags every paper, in parallel, keeping the order. */
  public List<Tagged> tag(List<StoredPaper> papers) {
    if (papers.isEmpty()) {
      return List.of();
    }
    Job job = start(papers.stream().map(StoredPaper::paper).toList());
    List<Tagged> tagged = new ArrayList<>(papers.size());
    for (int i = 0; i < papers.size(); i++) {
      tagged.add(new Tagged(papers.get(i), result(job.futures.get(i))));
    }
    return tagged;
  }

  /** Starts tagging {@code papers} on the pool and returns at once; {@link Job#await} collects the tags. */
  public Job start(List<Paper> papers) {
    if (papers.isEmpty()) {
      return new Job(List.of(), List.of());
    }
    PaperTagger t = tagger.get();
    List<Future<Tags>> futures = new ArrayList<>(papers.size());
    for (Paper p : papers) {
      futures.add(pool.submit(() -> {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
          return t.tag(p);
        } finally {
          cpuNanos.add(THREADS.getCurrentThreadCpuTime() - start);
        }
      }));
    }
    return new Job(List.copyOf(papers), futures);
  }

  /** CPU time the pool's threads have spent tagging since this object was made (load-independent). */
  public long cpuNanos() {
    return cpuNanos.sum();
  }

  /** Papers being tagged on the pool. */
  public static final class Job {
    private final List<Paper> papers;
    private final List<Future<Tags>> futures;

    private Job(List<Paper> papers, List<Future<Tags>> futures) {
      this.papers = papers;
      this.futures = futures;
    }

    /** Waits for the tags of every paper; the map is keyed by the exact paper that was tagged. */
    public Map<Paper, Tags> await() {
      Map<Paper, Tags> tags = new HashMap<>();
      for (int i = 0; i < papers.size(); i++) {
        tags.put(papers.get(i), result(futures.get(i)));
      }
      return tags;
    }

    /** Drops the tagging not yet started (after a failure, when nobody will collect it). */
    public void cancel() {
      futures.forEach(f -> f.cancel(false));
    }
  }

  private static Tags result(Future<Tags> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while tagging", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("tagging failed: " + e.getCause().getMessage(), e.getCause());
    }
  }
}
