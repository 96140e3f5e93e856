package dev.keepup.crawler.crawl;

import dev.keepup.model.Post;
import java.util.List;

/**
 * What one source gave in one crawl.
 *
 * @param sourceId the source
 * @param outcome the fetch outcome's label ("fetched", "not modified", …), or "not due"
 * @param posts the posts of the feed (the ingest decides which are new)
 * @param skipped entries that could not become posts
 * @param illFormed whether the feed had to be healed
 * @param error what went wrong, or null
 */
public record SourceResult(String sourceId, String outcome, List<Post> posts, int skipped, boolean illFormed, String error) {

  public SourceResult {
    posts = List.copyOf(posts);
  }

  public boolean failed() {
    return error != null;
  }
}
