package dev.keepup.crawler.arxiv;

import dev.keepup.crawler.SkippedEntry;
import dev.keepup.model.Paper;
import java.util.List;

/**
 * One page of an arXiv API answer.
 *
 * @param totalResults how many results the query has in all ({@code opensearch:totalResults})
 * @param startIndex the offset of this page's first result ({@code opensearch:startIndex})
 * @param itemsPerPage the page size arXiv used ({@code opensearch:itemsPerPage})
 * @param papers the entries that mapped to papers, in the order of the page
 * @param skipped the entries that did not, each with the reason
 */
public record ArxivApiPage(
    long totalResults, int startIndex, int itemsPerPage, List<Paper> papers, List<SkippedEntry> skipped) {

  public ArxivApiPage {
    if (totalResults < 0 || startIndex < 0 || itemsPerPage < 0) {
      throw new IllegalArgumentException(
          "negative paging figures: total " + totalResults + ", start " + startIndex + ", per page " + itemsPerPage);
    }
    papers = List.copyOf(papers);
    skipped = List.copyOf(skipped);
  }

  /** How many entries the page held, mapped or not. */
  public int entries() {
    return papers.size() + skipped.size();
  }

  /** True when results exist after this page. */
  public boolean hasMore() {
    return startIndex + (long) entries() < totalResults;
  }
}
