package dev.keepup.crawler.arxiv;

import dev.keepup.model.Paper;
import java.util.Objects;

/**
 * One entry of a daily arXiv listing: the paper as the listing describes it and why it is listed.
 * The listing gives no submission date, so {@code paper.published()} is the announcement date;
 * enrich with an API look-up for the real dates and affiliations.
 */
public record ListingItem(Paper paper, AnnounceType type) {
  public ListingItem {
    Objects.requireNonNull(paper, "paper");
    Objects.requireNonNull(type, "type");
  }
}
