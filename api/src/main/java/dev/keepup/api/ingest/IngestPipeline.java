package dev.keepup.api.ingest;

import dev.keepup.graph.GraphStore;
import dev.keepup.graph.StoredPaper;
import dev.keepup.graph.UpsertResult;
import dev.keepup.indexer.search.PaperIndex;
import dev.keepup.model.Paper;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * Moves parsed papers into the stores, batch by batch: the graph first (the system of record), then,
 * for the papers the graph says changed, tagging (keyphrases, topics, skills) and the search index. Idempotent: papers already known at the
 * same or a newer version touch neither store. The graph marks every paper it writes "index pending"
 * until the index has committed it, so a crash between the two commits is caught up by {@link
 * #catchUpIndex()} at the next start instead of leaving papers that a re-ingest calls unchanged.
 */
public final class IngestPipeline {

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

  public IngestReport ingest(List<Paper> papers) {
    IngestReport total = IngestReport.EMPTY;
    for (int from = 0; from < papers.size(); from += batchSize) {
      List<Paper> batch = papers.subList(from, Math.min(papers.size(), from + batchSize));
      UpsertResult result = graph.upsertPapers(batch, clock.instant());
      List<StoredPaper> changed = result.changed();
      if (!changed.isEmpty()) {
        tagAndIndex(changed);
      }
      IngestReport done = new IngestReport(batch.size(), result.created().size(), result.updated().size(), result.unchanged(), 0);
      listener.accept(done);
      total = total.plus(done);
    }
    return total;
  }

  /**
   * Tags and indexes the papers the graph holds but the index has not committed (a crash came
   * between the two commits), so that nothing the graph acknowledged stays unsearchable; returns
   * how many there were.
   */
  public long catchUpIndex() {
    return graph.forEachPaperPendingIndex(batchSize, this::tagAndIndex);
  }

  /**
   * Tags papers the graph has committed, writes their tags to the graph and the papers to the index,
   * then clears their "index pending" mark: only after the index has committed them.
   */
  private void tagAndIndex(List<StoredPaper> papers) {
    List<Tagging.Tagged> tagged = tagging.tag(papers);
    graph.tagPapers(tagged.stream().map(Tagging.Tagged::graphTags).toList());
    index.upsert(tagged.stream().map(Tagging.Tagged::indexed).toList());
    graph.markIndexed(papers.stream().map(StoredPaper::paper).toList());
  }
}
