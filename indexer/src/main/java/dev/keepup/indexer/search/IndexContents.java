package dev.keepup.indexer.search;

import java.util.List;
import java.util.Map;

/**
 * Every live document of the index by id, for {@code keepup check}.
 *
 * @param versions each id with the paper version indexed (0 for a document that is not a paper,
 *     such as a blog post)
 * @param duplicateIds ids held by more than one live document (each id once)
 * @param documents how many live documents the index holds
 */
public record IndexContents(Map<String, Integer> versions, List<String> duplicateIds, long documents) {

  public IndexContents {
    versions = Map.copyOf(versions);
    duplicateIds = List.copyOf(duplicateIds);
  }
}
