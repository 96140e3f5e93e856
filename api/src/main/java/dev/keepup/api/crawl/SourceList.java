package dev.keepup.api.crawl;

import dev.keepup.crawler.source.SourcesConfig;
import dev.keepup.crawler.state.CrawlState;
import dev.keepup.crawler.state.CrawlStateStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The source list (shipped config/sources.yaml or the user's) and each source's health. */
public final class SourceList {

  static final String SHIPPED = "config/sources.yaml";

  private SourceList() {}

  /** A source and what the crawler remembers of it. */
  public record SourceHealth(String id, String kind, String name, String url, String health, CrawlState state) {}

  public static SourcesConfig shipped() {
    try (InputStream in = SourceList.class.getClassLoader().getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException(SHIPPED + " is missing from the class path: the build is broken");
      }
      return SourcesConfig.load(in, SHIPPED);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped source list: " + e.getMessage(), e);
    }
  }

  public static SourcesConfig load(Path file) {
    try {
      return SourcesConfig.load(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the source list " + file + ": " + e.getMessage(), e);
    }
  }

  /** Every source of {@code sources}, the arXiv listing first, with its health. */
  public static List<SourceHealth> health(SourcesConfig sources, CrawlStateStore states) {
    List<SourceHealth> rows = new ArrayList<>();
    CrawlState listing = states.get(Crawl.ARXIV_LISTING);
    rows.add(new SourceHealth(Crawl.ARXIV_LISTING, "arxiv", "arXiv daily listing " + String.join(", ", sources.arxiv().categories()),
        sources.arxiv().listingUrl().toString(), listing.health(), listing));
    sources.blogs().forEach(b -> {
      CrawlState s = states.get(b.id());
      rows.add(new SourceHealth(b.id(), "blog", b.name(), b.feed().toString(), s.health(), s));
    });
    return rows;
  }
}
