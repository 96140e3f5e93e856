package dev.keepup.crawler.source;

import dev.keepup.crawler.arxiv.ArxivQuery;
import java.net.URI;
import java.util.List;
import okhttp3.HttpUrl;

/** The {@code arxiv:} section of {@code sources.yaml}; see the file for each key. */
public record ArxivConfig(
    List<String> categories, URI api, int pageSize, long resultCap, URI listings, URI oai, String oaiSet) {

  public ArxivConfig {
    categories = categories == null ? List.of() : List.copyOf(categories);
    ArxivQuery.categories(categories); // validates each category
    SourcesConfig.requireWeb(api, "arxiv.api");
    SourcesConfig.requireWeb(listings, "arxiv.listings");
    SourcesConfig.requireWeb(oai, "arxiv.oai");
    if (pageSize < 1 || pageSize > ArxivQuery.MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("arxiv.page_size must be 1 to " + ArxivQuery.MAX_PAGE_SIZE + ": " + pageSize);
    }
    if (resultCap < pageSize) {
      throw new IllegalArgumentException("arxiv.result_cap must be at least the page size: " + resultCap);
    }
  }

  /** The daily listing of all the configured categories, e.g. {@code .../rss/cs.LG+cs.CL}. */
  public URI listingUrl() {
    return URI.create(listings.toString().replaceFirst("/*$", "/") + String.join("+", categories));
  }

  public HttpUrl apiUrl() {
    return HttpUrl.get(api);
  }

  public HttpUrl oaiUrl() {
    return HttpUrl.get(oai);
  }
}
