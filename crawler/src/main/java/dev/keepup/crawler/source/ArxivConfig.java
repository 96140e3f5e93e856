package dev.keepup.crawler.source;

import dev.keepup.crawler.arxiv.ArxivQuery;
import java.net.URI;
import java.util.List;
import okhttp3.HttpUrl;

/** The {@code arxiv:} section of {@code sources.yaml}; see the file for each key. */
public record ArxivConfig(
    List<String> categories, URI api, int pageSize, long resultCap, URI listings, URI oai, String oaiSet,
    Channels channels, Integer lookbackDays) {

  /** How far back the API channel and a first OAI harvest reach when no key says otherwise. */
  public static final int DEFAULT_LOOKBACK_DAYS = 3;

  /**
   * Which of arXiv's channels a crawl reads, each a source with its own state; a key left out keeps
   * its default (the listing and the API on, OAI-PMH off).
   */
  public record Channels(Boolean listing, Boolean api, Boolean oai) {
    public static final Channels DEFAULT = new Channels(true, true, false);

    public Channels {
      listing = listing == null ? Boolean.TRUE : listing;
      api = api == null ? Boolean.TRUE : api;
      oai = oai == null ? Boolean.FALSE : oai;
    }
  }

  public ArxivConfig {
    channels = channels == null ? Channels.DEFAULT : channels;
    lookbackDays = lookbackDays == null ? DEFAULT_LOOKBACK_DAYS : lookbackDays;
    if (lookbackDays < 1 || lookbackDays > 366) {
      throw new IllegalArgumentException("arxiv.lookback_days must be 1 to 366: " + lookbackDays);
    }
    if (oaiSet == null || oaiSet.isBlank()) {
      throw new IllegalArgumentException("arxiv.oai_set must name an OAI-PMH set, e.g. cs");
    }
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
