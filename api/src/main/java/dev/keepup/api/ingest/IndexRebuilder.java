package dev.keepup.api.ingest;

import dev.keepup.graph.GraphStore;
import dev.keepup.graph.StoredTags;
import dev.keepup.graph.TaggedPaper;
import dev.keepup.indexer.search.IndexRebuild;
import dev.keepup.indexer.search.IndexedPaper;
import dev.keepup.indexer.search.PaperIndex;
import dev.keepup.indexer.search.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Rebuilds the search index from the graph, the system of record: a new index generation is filled
 * beside the live one, which keeps serving searches, and swapped in when complete. It holds every
 * paper with the tags and keyphrases the graph keeps of it, and every blog post with the text the
 * graph keeps of it (only its title for a post stored before Keepup kept the text). A paper the graph
 * keeps no keyphrases of (tagged by an older Keepup) is tagged again, and its tags are written back.
 */
public final class IndexRebuilder {

  private static final int BATCH = 1_000;

  private final GraphStore graph;
  private final PaperIndex index;
  private final Tagging tagging;

  /** What a rebuild put in the new index, and how many papers it had to tag again. */
  public record Rebuilt(long papers, long retagged, long posts) {}

  public IndexRebuilder(GraphStore graph, PaperIndex index, Tagging tagging) {
    this.graph = graph;
    this.index = index;
    this.tagging = tagging;
  }

  /**
   * Rebuilds, telling {@code progress} how many papers are done after each batch; with {@code
   * retagAll}, tags every paper again (after a change of the vocabularies, say) instead of using the
   * stored tags.
   */
  public Rebuilt rebuild(boolean retagAll, LongConsumer progress) {
    try (IndexRebuild rebuild = index.startRebuild()) {
      long[] done = {0, 0};
      long papers = graph.forEachTaggedPaper(BATCH, batch -> {
        List<IndexedPaper> indexed = new ArrayList<>(batch.size());
        List<TaggedPaper> untagged = new ArrayList<>();
        for (TaggedPaper p : batch) {
          if (retagAll || p.tags().isEmpty()) {
            untagged.add(p);
          } else {
            indexed.add(indexed(p, p.tags().get()));
          }
        }
        List<Tagging.Tagged> tagged = tagging.tag(untagged.stream().map(TaggedPaper::stored).toList());
        if (!tagged.isEmpty()) {
          graph.tagPapers(tagged.stream().map(Tagging.Tagged::graphTags).toList());
          tagged.forEach(t -> indexed.add(t.indexed()));
        }
        rebuild.add(indexed);
        done[0] += batch.size();
        done[1] += tagged.size();
        progress.accept(done[0]);
      });
      long posts = graph.forEachPost(BATCH, batch ->
          rebuild.addTexts(batch.stream().map(p -> new TextDocument(p.url().toString(), p.title(), p.text())).toList()));
      rebuild.swap();
      return new Rebuilt(papers, done[1], posts);
    }
  }

  private static IndexedPaper indexed(TaggedPaper p, StoredTags tags) {
    return new IndexedPaper(p.stored().paper(), tags.topics(), tags.skills(), tags.keyphrases(), p.stored().firstSeen());
  }
}
