package dev.keepup.api.digest;

import dev.keepup.indexer.search.PaperIndex;
import dev.keepup.indexer.search.SearchHit;
import dev.keepup.indexer.search.SearchRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the topics and skills the search index holds for papers, so digests match on the tags the
 * ingest gave them. Papers the index has no tags for get none.
 */
final class TagLookup {

  /** Ids per search: the query language caps a query at 1,000 characters. */
  private static final int IDS_PER_QUERY = 40;

  /** The tags of one paper. */
  record Tags(List<String> topics, List<String> skills) {
    static final Tags NONE = new Tags(List.of(), List.of());
  }

  private TagLookup() {}

  static Map<String, Tags> of(PaperIndex index, List<String> ids) {
    Map<String, Tags> tags = new HashMap<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
      List<String> clauses = new ArrayList<>();
      chunk.forEach(id -> clauses.add("id:\"" + id + "\"")); // ids are validated PaperIds: no quotes inside
      SearchRequest request =
          SearchRequest.of(String.join(" ", clauses)).withMatch(SearchRequest.Match.ANY).withPageSize(chunk.size());
      for (SearchHit hit : index.search(request).hits()) {
        if (!hit.topics().isEmpty() || !hit.skills().isEmpty()) {
          tags.put(hit.id(), new Tags(hit.topics(), hit.skills()));
        }
      }
    }
    return tags;
  }
}
