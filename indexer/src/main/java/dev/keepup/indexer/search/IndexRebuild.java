package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.PaperFields.ID;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.Term;

/**
 * A new generation of the index being built from the system of record while the old one keeps
 * serving. Feed it every paper with {@link #add}, then {@link #swap()} it in; closing it without
 * swapping throws the new generation away. Papers written to the live index meanwhile are written
 * here too, and a later {@link #add} of the same id (from an older snapshot) does not undo them.
 *
 * <pre>{@code
 * try (IndexRebuild rebuild = index.startRebuild()) {
 *   for (List<IndexedPaper> batch : batchesFromTheGraph) rebuild.add(batch);
 *   rebuild.swap();
 * }
 * }</pre>
 */
public final class IndexRebuild implements AutoCloseable {

  private final PaperIndex index;
  private final IndexGeneration next;
  /** Ids written or deleted live during the rebuild; guarded by {@code this}. */
  private final Set<String> writtenLive = new HashSet<>();
  private long added;
  private boolean finished;

  IndexRebuild(PaperIndex index, IndexGeneration next) {
    this.index = index;
    this.next = next;
  }

  /** Adds papers to the new generation (not yet searchable). */
  public synchronized void add(Collection<IndexedPaper> papers) {
    requireRunning();
    try {
      for (IndexedPaper p : papers) {
        String id = p.paper().id().value();
        if (!writtenLive.contains(id)) {
          next.writer().updateDocument(new Term(ID, id), PaperDocuments.toDocument(p));
          added++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the new search index: " + e.getMessage(), e);
    }
  }

  /** How many papers {@link #add} has written so far. */
  public synchronized long added() {
    return added;
  }

  /** Commits the new generation and makes it the live one; the old one is closed and deleted. */
  public void swap() {
    synchronized (this) {
      requireRunning();
    }
    try {
      index.swapIn(this, next); // takes the index's write lock first, then this: one lock order
    } catch (IOException e) {
      throw new UncheckedIOException("cannot swap in the new search index: " + e.getMessage(), e);
    }
  }

  /** Marks the rebuild done; called by the index under its write lock. */
  synchronized void finish() {
    finished = true;
  }

  synchronized void writeLive(List<PaperIndex.Keyed> docs) throws IOException {
    for (PaperIndex.Keyed k : docs) {
      next.writer().updateDocument(new Term(ID, k.id()), k.document());
      writtenLive.add(k.id());
    }
  }

  synchronized void deleteLive(Term[] ids) throws IOException {
    next.writer().deleteDocuments(ids);
    for (Term t : ids) {
      writtenLive.add(t.text());
    }
  }

  private void requireRunning() {
    if (finished) {
      throw new IllegalStateException("this rebuild has been swapped in or closed");
    }
  }

  /** Throws the new generation away unless it was swapped in. */
  @Override
  public void close() {
    if (index.abandon(this)) {
      try {
        next.discard();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete the abandoned search index: " + e.getMessage(), e);
      }
    }
  }
}
