package dev.keepup.api.digest;

import dev.keepup.graph.ResearcherKeys;
import dev.keepup.graph.StoredPaper;
import dev.keepup.model.Author;
import java.util.List;

/** A paper of a digest window with its authors' researcher keys, computed once per run. */
record WindowPaper(StoredPaper stored, List<String> authorKeys) {

  WindowPaper {
    authorKeys = List.copyOf(authorKeys);
  }

  static WindowPaper of(StoredPaper stored) {
    return new WindowPaper(stored, stored.paper().authors().stream().map(Author::name).map(ResearcherKeys::of).toList());
  }

  String id() {
    return stored.paper().id().value();
  }
}
