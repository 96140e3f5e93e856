package dev.keepup.crawler.feed;

import dev.keepup.crawler.SkippedEntry;
import dev.keepup.model.Post;
import java.util.List;

/** The posts of one feed, and the entries that could not become posts. */
public record PostBatch(List<Post> posts, List<SkippedEntry> skipped) {

  public PostBatch {
    posts = List.copyOf(posts);
    skipped = List.copyOf(skipped);
  }
}
