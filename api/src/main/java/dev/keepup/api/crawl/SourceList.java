package dev.keepup.api.crawl;

import dev.keepup.crawler.source.BlogSource;
import dev.keepup.crawler.source.SourcesConfig;
import dev.keepup.graph.SourceNode;
import dev.keepup.graph.source.SourceStates;
import java.net.URI;
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

  /** {@code sources} with the blogs users added; a blog of the file wins over an added one of the same id. */
  public static SourcesConfig withAdded(SourcesConfig sources, List<SourceStates.AddedBlog> added) {
    List<BlogSource> blogs = new ArrayList<>(sources.blogs());
    for (SourceStates.AddedBlog a : added) {
      if (blogs.stream().noneMatch(b -> b.id().equals(a.id()) || b.feed().toString().equals(a.feedUrl()))) {
        blogs.add(new BlogSource(a.id(), a.title(), URI.create(a.feedUrl()), a.homeUrl().isEmpty() ? null : URI.create(a.homeUrl())));
      }
    }
    return new SourcesConfig(sources.fetch(), sources.arxiv(), blogs);
  }

  /** A source id for a feed URL: its host and path as lower-case words joined by '-'. */
  public static String idFor(URI feed) {
    String text = (feed.getHost() + feed.getPath()).toLowerCase(java.util.Locale.ROOT)
        .replaceAll("^www\\.", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return text.length() <= 64 ? text : text.substring(0, 64);
  }

  /** Every source of {@code sources}, arXiv's enabled channels first, with its health. */
  public static List<SourceHealth> health(SourcesConfig sources, CrawlStateStore states) {
    List<SourceHealth> rows = new ArrayList<>();
    for (SourceNode arxiv : ArxivSources.enabled(sources.arxiv())) {
      CrawlState s = states.get(arxiv.id());
      rows.add(new SourceHealth(arxiv.id(), arxiv.kind(), arxiv.title(), arxiv.url(), s.health(), s));
    }
    sources.blogs().forEach(b -> {
      CrawlState s = states.get(b.id());
      rows.add(new SourceHealth(b.id(), "blog", b.name(), b.feed().toString(), s.health(), s));
    });
    return rows;
  }
}
