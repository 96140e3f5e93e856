package dev.keepup.api.crawl;

import dev.keepup.api.ingest.IngestPipeline;
import dev.keepup.api.ingest.IngestReport;
import dev.keepup.crawler.arxiv.ArxivApiClient;
import dev.keepup.crawler.crawl.ArxivCrawler;
import dev.keepup.crawler.crawl.FeedCrawler;
import dev.keepup.crawler.crawl.SourceResult;
import dev.keepup.crawler.source.BlogSource;
import dev.keepup.crawler.source.SourcesConfig;
import dev.keepup.crawler.state.CrawlStateStore;
import dev.keepup.graph.GraphStore;
import dev.keepup.graph.PostNode;
import dev.keepup.graph.SourceNode;
import dev.keepup.indexer.search.PaperIndex;
import dev.keepup.indexer.search.TextDocument;
import dev.keepup.model.Post;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One crawl of the configured sources: arXiv's channels that {@code sources.yaml} enables (the
 * API's newest papers, the daily listing, the OAI-PMH harvest), then every blog. Papers go through
 * the ingest pipeline (a paper seen in the listing and through the API is one paper); posts go to
 * the graph, linked to the papers they cite, and to the index. A failing source is reported and
 * never stops the others.
 */
public final class Crawl {

  /** The id of arXiv's daily listing in the crawl state (the scheduler keys on its last crawl). */
  public static final String ARXIV_LISTING = ArxivSources.LISTING;

  private final SourcesConfig sources;
  private final FeedCrawler feeds;
  private final ArxivSources arxiv;
  private final GraphStore graph;
  private final PaperIndex index;
  private final Clock clock;

  public Crawl(SourcesConfig sources, FeedCrawler feeds, ArxivCrawler arxiv, ArxivApiClient api, IngestPipeline ingest,
      GraphStore graph, PaperIndex index, CrawlStateStore states, Clock clock) {
    this.sources = sources;
    this.feeds = feeds;
    this.arxiv = new ArxivSources(sources.arxiv(), arxiv, api, ingest, graph, states, clock);
    this.graph = graph;
    this.index = index;
    this.clock = clock;
  }

  /** The ids of every source a crawl visits, in order. */
  public List<String> sourceIds() {
    return Stream.concat(ArxivSources.enabled(sources.arxiv()).stream().map(SourceNode::id), sources.blogs().stream().map(BlogSource::id))
        .toList();
  }

  /** The ids of the sources a crawl {@code --since} a date backfills: the arXiv API and OAI harvest, when enabled. */
  public List<String> backfilledIds() {
    return ArxivSources.enabled(sources.arxiv()).stream().map(SourceNode::id)
        .filter(id -> id.equals(ArxivSources.API) || id.equals(ArxivSources.OAI)).toList();
  }

  /** Crawls what {@code request} asks for, telling {@code listener} about each source as it ends. */
  public CrawlReport run(CrawlRequest request, CrawlListener listener) throws InterruptedException {
    List<SourceNode> arxivSources = ArxivSources.enabled(sources.arxiv()).stream().filter(s -> request.includes(s.id())).toList();
    List<BlogSource> blogs = sources.blogs().stream().filter(b -> request.includes(b.id())).toList();
    int total = arxivSources.size() + blogs.size();
    List<CrawlReport.SourceLine> lines = new ArrayList<>();
    IngestReport papers = IngestReport.EMPTY;
    int posts = 0;
    listener.progress("sources", 0, total);
    for (SourceNode source : arxivSources) {
      ArxivSources.Outcome outcome = arxiv.crawl(source, request.since(), listener);
      papers = papers.plus(outcome.papers());
      report(outcome.line(), lines, listener, total);
    }
    for (BlogSource blog : blogs) {
      SourceResult r = feeds.crawl(List.of(blog), x -> {}).getFirst();
      if (!r.posts().isEmpty()) {
        store(blog, r.posts());
        posts += r.posts().size();
      }
      report(new CrawlReport.SourceLine(r.sourceId(), r.outcome(), r.posts().size(), r.error()), lines, listener, total);
    }
    int failed = (int) lines.stream().filter(l -> l.error() != null).count();
    return new CrawlReport(lines, papers.created(), papers.updated(), papers.unchanged(), posts, failed);
  }

  private void store(BlogSource blog, List<Post> posts) {
    graph.linkFromSource(new SourceNode(blog.id(), "blog", blog.name(), blog.feed().toString()), List.of());
    Instant seen = clock.instant(); // a post whose feed gives no date is dated when Keepup first sees it
    List<PostNode> nodes = posts.stream()
        .map(p -> new PostNode(p.url(), p.title(), p.summary().isEmpty() ? p.text() : p.summary(),
            p.published() != null ? p.published() : seen, blog.id(), p.cites()))
        .toList();
    graph.upsertPosts(nodes);
    index.upsertTexts(nodes.stream().map(n -> new TextDocument(n.url().toString(), n.title(), n.text())).toList());
  }

  private static void report(CrawlReport.SourceLine line, List<CrawlReport.SourceLine> lines, CrawlListener listener, int total) {
    lines.add(line);
    listener.sourceDone(line);
    listener.progress("sources", lines.size(), total);
  }
}
