package dev.keepup.graph;

import java.util.List;

/**
 * What a batch upsert did: papers it created, papers it moved to a newer version, and how many it
 * left alone because the graph already had that version or a newer one.
 */
public record UpsertResult(List<StoredPaper> created, List<StoredPaper> updated, int unchanged) {
  public UpsertResult {
    created = List.copyOf(created);
    updated = List.copyOf(updated);
  }

  /** The papers whose stored state changed: what the search index must be told about. */
  public List<StoredPaper> changed() {
    return java.util.stream.Stream.concat(created.stream(), updated.stream()).toList();
  }
}
