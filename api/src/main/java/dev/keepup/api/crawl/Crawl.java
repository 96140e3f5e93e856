package dev.keepup.api.crawl;

import dev.keepup.api.ingest.IngestPipeline;
import dev.keepup.api.ingest.IngestReport;
import dev.keepup.crawler.arxiv.ListingItem;
import dev.keepup.crawler.crawl.ArxivCrawler;
import dev.keepup.crawler.crawl.FeedCrawler;
import dev.keepup.crawler.crawl.SourceResult;
import dev.keepup.crawler.source.BlogSource;
import dev.keepup.crawler.source.SourcesConfig;
import dev.keepup.graph.GraphStore;
import dev.keepup.graph.PostNode;
import dev.keepup.graph.SourceNode;
import dev.keepup.indexer.search.PaperIndex;
import dev.keepup.indexer.search.TextDocument;
import dev.keepup.model.Paper;
import dev.keepup.model.Post;
import dev.keepup.crawler.state.CrawlStateStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One crawl of the configured sources: arXiv's daily listing of the configured categories, then
 * every blog. Papers go through the ingest pipeline (a paper seen in the listing and later through
 * the API is one paper); posts go to the graph, linked to the papers they cite, and to the index.
 * A failing source is reported and never stops the others.
 */
public final class Crawl {

  /** The id of the arXiv daily listing source in the crawl state. */
  public static final String ARXIV_LISTING = "arxiv-listing";

  private final SourcesConfig sources;
  private final FeedCrawler feeds;
  private final ArxivCrawler arxiv;
  private final IngestPipeline ingest;
  private final GraphStore graph;
  private final PaperIndex index;
  private final CrawlStateStore states;
  private final Clock clock;

  public Crawl(SourcesConfig sources, FeedCrawler feeds, ArxivCrawler arxiv, IngestPipeline ingest, GraphStore graph,
      PaperIndex index, CrawlStateStore states, Clock clock) {
    this.sources = sources;
    this.states = states;
    this.clock = clock;
    this.feeds = feeds;
    this.arxiv = arxiv;
    this.ingest = ingest;
    this.graph = graph;
    this.index = index;
  }

  /** Crawls every source, or only {@code only} when it is not null; reports each source as it ends. */
  public CrawlReport run(String only, Consumer<CrawlReport.SourceLine> progress) throws InterruptedException {
    List<CrawlReport.SourceLine> lines = new ArrayList<>();
    IngestReport papers = IngestReport.EMPTY;
    int posts = 0;
    if ((only == null || only.equals(ARXIV_LISTING)) && !states.get(ARXIV_LISTING).due(clock.instant())) {
      lines.add(report(new CrawlReport.SourceLine(ARXIV_LISTING, "not due", 0, null), progress));
    } else if (only == null || only.equals(ARXIV_LISTING)) {
      ArxivCrawler.ListingCrawl listing = arxiv.listing(ARXIV_LISTING, sources.arxiv().listingUrl());
      List<Paper> found = listing.items().stream().map(ListingItem::paper).toList();
      papers = papers.plus(ingest.ingest(found));
      graph.linkFromSource(new SourceNode(ARXIV_LISTING, "arxiv", "arXiv daily listing", sources.arxiv().listingUrl().toString()),
          found.stream().map(Paper::id).distinct().toList());
      lines.add(report(new CrawlReport.SourceLine(ARXIV_LISTING, listing.outcome(), found.size(), listing.error()), progress));
    }
    List<BlogSource> blogs = sources.blogs().stream().filter(b -> only == null || b.id().equals(only)).toList();
    List<SourceResult> results = feeds.crawl(blogs, r -> {});
    for (int i = 0; i < results.size(); i++) {
      SourceResult r = results.get(i);
      BlogSource blog = blogs.get(i);
      if (!r.posts().isEmpty()) {
        store(blog, r.posts());
        posts += r.posts().size();
      }
      lines.add(report(new CrawlReport.SourceLine(r.sourceId(), r.outcome(), r.posts().size(), r.error()), progress));
    }
    int failed = (int) lines.stream().filter(l -> l.error() != null).count();
    return new CrawlReport(lines, papers.created(), papers.updated(), papers.unchanged(), posts, failed);
  }

  private void store(BlogSource blog, List<Post> posts) {
    graph.linkFromSource(new SourceNode(blog.id(), "blog", blog.name(), blog.feed().toString()), List.of());
    graph.upsertPosts(posts.stream().map(p -> new PostNode(p.url(), p.title(), p.published(), blog.id(), p.cites())).toList());
    index.upsertTexts(posts.stream()
        .map(p -> new TextDocument(p.url().toString(), p.title(), p.summary().isEmpty() ? p.text() : p.summary()))
        .toList());
  }

  private static CrawlReport.SourceLine report(CrawlReport.SourceLine line, Consumer<CrawlReport.SourceLine> progress) {
    progress.accept(line);
    return line;
  }
}
