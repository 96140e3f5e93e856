package dev.keepup.api.ingest;

import dev.keepup.graph.GraphStore;
import dev.keepup.graph.PaperTags;
import dev.keepup.graph.StoredPaper;
import dev.keepup.graph.UpsertResult;
import dev.keepup.indexer.nlp.Tags;
import dev.keepup.indexer.search.PaperIndex;
import dev.keepup.model.Paper;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Moves parsed papers into the stores, batch by batch, with tagging overlapped with the writes.
 *
 * <p>A batch goes through two steps. <em>Prepare</em>: one read asks the graph which papers of the
 * batch it already holds at the same or a newer version, and the others are handed to the tagging
 * pool, which returns at once. <em>Write</em>, on the caller's thread, in batch order: the graph
 * upsert of the papers with their tags, in one transaction (the system of record, which says what
 * really changed), then the search index. Up to {@link #BATCHES_AHEAD} prepared batches wait ahead of the
 * one being written, so the pool tags batch N+1 while batch N is written, and a caller that produces
 * faster than the stores take blocks (back-pressure; memory stays bounded).
 *
 * <p>What this keeps: idempotence (papers already known at the same or a newer version touch neither
 * store, and are not even tagged); order (batches are written in the order given, so a later version
 * wins); crash safety (a batch is written graph first, then index, with nothing of it written before
 * its tags are ready, so a crash leaves at most the batch being written in the graph and not yet in
 * the index, as a sequential pipeline would). A changed paper the read did not foresee (another
 * writer got there in between) is tagged when its batch is written.
 *
 * <p>The graph marks every paper it writes "index pending" until the index has committed it, so a
 * crash between the two commits is caught up by {@link #catchUpIndex()} at the next start instead of
 * leaving papers that a re-ingest calls unchanged.
 */
public final class IngestPipeline {

  /** Prepared batches allowed ahead of the one being written. */
  static final int BATCHES_AHEAD = 2;

  private final GraphStore graph;
  private final PaperIndex index;
  private final Tagging tagging;
  private final int batchSize;
  private final Consumer<IngestReport> listener;
  private final Clock clock;

  /** A pipeline that tells {@code listener} what each batch did (for metrics). */
  public IngestPipeline(
      GraphStore graph, PaperIndex index, Tagging tagging, int batchSize, Consumer<IngestReport> listener) {
    this(graph, index, tagging, batchSize, listener, Clock.systemUTC());
  }

  IngestPipeline(
      GraphStore graph, PaperIndex index, Tagging tagging, int batchSize, Consumer<IngestReport> listener, Clock clock) {
    this.graph = graph;
    this.index = index;
    this.tagging = tagging;
    this.batchSize = batchSize;
    this.listener = listener;
    this.clock = clock;
  }

  /** Ingests {@code papers} and returns when all of them are in both stores. */
  public IngestReport ingest(List<Paper> papers) {
    try (Run run = start()) {
      papers.forEach(run::add);
      return run.finish();
    }
  }

  /** Starts a streaming ingest: {@link Run#add} papers as they are read, then {@link Run#finish}. */
  public Run start() {
    return new Run();
  }

  /**
   * Tags and indexes the papers the graph holds but the index has not committed (a crash came
   * between the two commits), so that nothing the graph acknowledged stays unsearchable; returns
   * how many there were.
   */
  public long catchUpIndex() {
    return graph.forEachPaperPendingIndex(batchSize, papers -> {
      List<Tagging.Tagged> tagged = tagging.tag(papers);
      graph.tagPapers(tagged.stream().map(Tagging.Tagged::graphTags).toList());
      index.upsert(tagged.stream().map(Tagging.Tagged::indexed).toList());
      graph.markIndexed(papers.stream().map(StoredPaper::paper).toList());
    });
  }

  /** A batch whose tagging is under way. */
  private record Prepared(List<Paper> papers, Tagging.Job tags) {}

  /**
   * One streaming ingest, used by one thread. Closing it without {@link #finish} (after a failure)
   * drops the batches not yet written: nothing of them reached a store.
   */
  public final class Run implements AutoCloseable {

    private final List<Paper> filling = new ArrayList<>(batchSize);
    private final Deque<Prepared> ahead = new ArrayDeque<>();
    private final StageTimes.Recorder times = new StageTimes.Recorder();
    private IngestReport total = IngestReport.EMPTY;

    private Run() {}

    /** Adds a paper; when it fills a batch, the batch is prepared and the oldest waiting one written. */
    public void add(Paper paper) {
      filling.add(paper);
      if (filling.size() == batchSize) {
        prepareFilling();
        while (ahead.size() > BATCHES_AHEAD) {
          write(ahead.removeFirst());
        }
      }
    }

    /** Writes everything added so far and returns what the whole run did. */
    public IngestReport finish() {
      if (!filling.isEmpty()) {
        prepareFilling();
      }
      while (!ahead.isEmpty()) {
        write(ahead.removeFirst());
      }
      return total;
    }

    /** Where the time of this run went so far, per stage. */
    public StageTimes times() {
      return times.snapshot();
    }

    @Override
    public void close() {
      ahead.forEach(p -> p.tags().cancel());
      ahead.clear();
      filling.clear();
    }

    private void prepareFilling() {
      List<Paper> batch = List.copyOf(filling);
      filling.clear();
      long start = System.nanoTime();
      List<Paper> toTag = graph.notYetStored(batch);
      times.read(System.nanoTime() - start);
      ahead.addLast(new Prepared(batch, tagging.start(toTag)));
    }

    private void write(Prepared batch) {
      long start = System.nanoTime();
      Map<Paper, Tags> tags = batch.tags().await();
      long tagged = System.nanoTime();
      times.waitForTags(tagged - start);
      Map<Paper, PaperTags> graphTags = new HashMap<>();
      tags.forEach((paper, t) -> graphTags.put(paper, Tagging.graphTags(paper, t)));
      UpsertResult result = graph.upsertPapers(batch.papers(), clock.instant(), graphTags);
      List<StoredPaper> changed = result.changed();
      List<Tagging.Tagged> withTags = withTags(changed, tags);
      long graphDone = System.nanoTime();
      times.graph(graphDone - tagged);
      if (!withTags.isEmpty()) {
        long commitsBefore = index.commitNanos();
        index.upsert(withTags.stream().map(Tagging.Tagged::indexed).toList());
        long commit = index.commitNanos() - commitsBefore;
        times.index(System.nanoTime() - graphDone - commit, commit);
        graph.markIndexed(changed.stream().map(StoredPaper::paper).toList());
      }
      IngestReport done = new IngestReport(
          batch.papers().size(), result.created().size(), result.updated().size(), result.unchanged(), 0);
      times.papers(batch.papers().size());
      listener.accept(done);
      total = total.plus(done);
    }

    /**
     * The changed papers with their tags; the few the read did not foresee are tagged now and their
     * tags written to the graph (the others went with the papers).
     */
    private List<Tagging.Tagged> withTags(List<StoredPaper> changed, Map<Paper, Tags> tags) {
      List<StoredPaper> unforeseen = changed.stream().filter(s -> !tags.containsKey(s.paper())).toList();
      Map<Paper, Tags> late = new LinkedHashMap<>();
      List<Tagging.Tagged> lateTagged = tagging.tag(unforeseen);
      if (!lateTagged.isEmpty()) {
        graph.tagPapers(lateTagged.stream().map(Tagging.Tagged::graphTags).toList());
      }
      lateTagged.forEach(t -> late.put(t.stored().paper(), t.tags()));
      List<Tagging.Tagged> result = new ArrayList<>(changed.size());
      for (StoredPaper s : changed) {
        Tags t = tags.get(s.paper());
        result.add(new Tagging.Tagged(s, t != null ? t : late.get(s.paper())));
      }
      return result;
    }
  }
}
