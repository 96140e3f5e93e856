package dev.keepup.api;

import dev.keepup.api.config.KeepupConfig;
import dev.keepup.api.ingest.IndexRebuilder;
import dev.keepup.api.crawl.Crawl;
import dev.keepup.api.digest.DigestService;
import dev.keepup.api.digest.DigestSettings;
import okhttp3.OkHttpClient;
import dev.keepup.api.crawl.BlogSources;
import dev.keepup.api.crawl.CrawlJobs;
import dev.keepup.crawler.source.FeedDiscovery;
import dev.keepup.api.crawl.SourceList;
import java.net.URI;
import java.nio.file.Path;
import dev.keepup.api.ingest.GraphCrawlStateStore;
import dev.keepup.api.ingest.IngestPipeline;
import dev.keepup.crawler.arxiv.ArxivApiClient;
import dev.keepup.crawler.crawl.ArxivCrawler;
import dev.keepup.crawler.crawl.FeedCrawler;
import dev.keepup.crawler.fetch.Fetcher;
import dev.keepup.crawler.fetch.Sleeper;
import dev.keepup.crawler.oai.OaiHarvester;
import dev.keepup.crawler.source.SourcesConfig;
import dev.keepup.crawler.state.CrawlSchedule;
import dev.keepup.crawler.state.CrawlStateStore;
import dev.keepup.graph.source.SourceStates;
import java.time.Clock;
import java.util.SplittableRandom;
import java.time.Duration;
import dev.keepup.api.ingest.Tagging;
import dev.keepup.indexer.nlp.PaperTagger;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import dev.keepup.graph.GraphDriver;
import dev.keepup.graph.GraphStore;
import dev.keepup.graph.SkillNode;
import dev.keepup.graph.TopicNode;
import dev.keepup.indexer.nlp.vocab.VocabularyLoader;
import dev.keepup.graph.embedded.EmbeddedNeo4j;
import dev.keepup.graph.schema.Schema;
import dev.keepup.indexer.search.PaperIndex;
import java.util.ArrayDeque;
import java.util.Deque;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that wires Keepup: it owns the data directory, the graph (embedded or external)
 * and its driver, the search index and the ingest pipeline, builds each once, and closes them in
 * reverse order.
 */
public final class Application implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Application.class);

  private final KeepupConfig config;
  private final Driver driver;
  private final GraphStore graph;
  private final PaperIndex index;
  private final IngestPipeline ingest;
  private final Tagging tagging;
  private final Metrics metrics = new Metrics();
  private CrawlJobs crawlJobs;
  private SourcesConfig crawledSources;
  private Crawl crawlOfSources;
  private final Memoized<FeedDiscovery> discovery;
  private final Memoized<DigestService> digests;
  private final Deque<AutoCloseable> closeInOrder;

  private Application(
      KeepupConfig config, Driver driver, GraphStore graph, PaperIndex index, Deque<AutoCloseable> closeInOrder) {
    this.config = config;
    this.driver = driver;
    this.graph = graph;
    this.index = index;
    ExecutorService taggers = Executors.newFixedThreadPool(
        Runtime.getRuntime().availableProcessors(), Thread.ofPlatform().name("keepup-tagger-", 1).daemon().factory());
    closeInOrder.push(taggers::shutdownNow);
    this.tagging = new Tagging(new Memoized<>(PaperTagger::withShippedVocabularies), taggers);
    this.ingest = new IngestPipeline(graph, index, tagging, config.graph().batchSize(), metrics::ingested);
    this.digests = new Memoized<>(() -> DigestService.create(driver, config.graph().database(), index,
        DigestSettings.from(config), new OkHttpClient(), sources().fetch().toSettings(), Clock.systemUTC()));
    metrics.gauges(index::count, () -> graph.counts().papers());
    this.closeInOrder = closeInOrder;
    this.discovery = new Memoized<>(() -> {
      Fetcher fetcher = new Fetcher(sources().fetch().toSettings());
      synchronized (this) {
        closeInOrder.push(fetcher);
      }
      return new FeedDiscovery(fetcher);
    });
  }

  /** Opens the stores of {@code config}; the caller closes the application. */
  public static Application open(KeepupConfig config) {
    LOG.info("Starting with data-dir={} {} {}", config.dataDir().toAbsolutePath(), config.graph(), config.http());
    Deque<AutoCloseable> opened = new ArrayDeque<>();
    try {
      opened.push(DataDirLock.acquire(config.dataDir()));
      Driver driver = connect(config, opened);
      opened.push(driver);
      Schema.apply(driver, config.graph().database());
      GraphStore graph = new GraphStore(driver, config.graph().database());
      writeVocabularies(graph);
      PaperIndex index = PaperIndex.open(config.dataDir().resolve("index"));
      opened.push(index);
      Application app = new Application(config, driver, graph, index, opened);
      app.rebuildIfLost();
      app.catchUpIndex();
      return app;
    } catch (RuntimeException e) {
      closeAll(opened, e);
      throw e;
    }
  }

  /** The topic and skill vocabularies of config/, with their hierarchy, in the graph. */
  private static void writeVocabularies(GraphStore graph) {
    VocabularyLoader loader = new VocabularyLoader();
    graph.upsertVocabulary(
        loader.shippedTopics().entries().stream().map(t -> new TopicNode(t.id(), t.label(), t.broader())).toList(),
        loader.shippedSkills().entries().stream().map(s -> new SkillNode(s.id(), s.label(), s.requires())).toList());
  }

  /** The index is derived: when it is empty but the graph is not (deleted, new format), rebuild it. */
  private void rebuildIfLost() {
    if (index.count() == 0 && (graph.counts().papers() > 0 || graph.hasPosts())) {
      LOG.warn("The search index is empty but the graph holds papers or posts: rebuilding the index from the graph");
      IndexRebuilder.Rebuilt rebuilt = indexRebuilder().rebuild(false, done -> {});
      LOG.warn("Search index rebuilt with {} papers and {} posts", rebuilt.papers(), rebuilt.posts());
    }
  }

  /** Papers the graph committed but the index did not (the process died in between): index them now. */
  private void catchUpIndex() {
    long n = ingest.catchUpIndex();
    if (n > 0) {
      LOG.warn("Indexed {} papers the graph held but the search index had not committed (an interrupted ingest)", n);
    }
  }

  private static Driver connect(KeepupConfig config, Deque<AutoCloseable> opened) {
    KeepupConfig.Graph settings = config.graph();
    Driver driver;
    if (settings.embedded()) {
      EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(config.dataDir().resolve("graph"), (long) settings.pageCacheMb() << 20);
      opened.push(neo4j);
      driver = GraphDriver.connect(neo4j.boltUri(), EmbeddedNeo4j.USER, neo4j.password());
    } else {
      driver = GraphDriver.connect(URI.create(settings.uri()), settings.user(), settings.password());
    }
    try {
      driver.verifyConnectivity();
    } catch (RuntimeException e) {
      driver.close();
      throw new IllegalStateException("cannot reach the graph at " + settings.uri() + ": " + e.getMessage(), e);
    }
    return driver;
  }

  public KeepupConfig config() {
    return config;
  }

  /** The driver of the graph, for checks and tools that query it directly. */
  public Driver driver() {
    return driver;
  }

  public GraphStore graph() {
    return graph;
  }

  public PaperIndex index() {
    return index;
  }

  /** Subscriptions, follows, digests and their delivery (built on first use). */
  public DigestService digests() {
    return digests.get();
  }

  /** Tagging on all cores with the one tagger of the process. */
  public Tagging tagging() {
    return tagging;
  }

  public Metrics metrics() {
    return metrics;
  }

  /**
   * The crawler over {@code sources}: one shared HTTP client (closed with the application), crawl
   * state in the graph, papers into the ingest pipeline.
   */
  public Crawl crawl(SourcesConfig sources) {
    return crawl(sources, Sleeper.SYSTEM, Clock.systemUTC());
  }

  /** The crawler with its own notion of waiting and of time, so tests can watch waits without making them. */
  public synchronized Crawl crawl(SourcesConfig sources, Sleeper sleeper, Clock clock) {
    Fetcher fetcher = new Fetcher(sources.fetch().toSettings(), sleeper, new SplittableRandom());
    closeInOrder.push(fetcher);
    CrawlStateStore states = crawlStates();
    CrawlSchedule schedule = new CrawlSchedule(Duration.ofHours(1), Duration.ofDays(2));
    ArxivApiClient api = new ArxivApiClient(fetcher, sources.arxiv().apiUrl(), sources.arxiv().pageSize(), 2);
    ArxivCrawler arxiv = new ArxivCrawler(fetcher, api, new OaiHarvester(fetcher, sources.arxiv().oaiUrl()), states, schedule, clock);
    return new Crawl(sources, new FeedCrawler(fetcher, states, schedule, clock), arxiv, api, ingest, graph, index, states, clock);
  }

  /** The source list of the configuration (the user's file or the shipped one) plus the blogs users added. */
  public SourcesConfig sources() {
    Path file = config.crawl().sourcesFile();
    return SourceList.withAdded(file == null ? SourceList.shipped() : SourceList.load(file), sourceStates().addedBlogs());
  }

  /** Crawl state and user-added sources, in the graph. */
  public SourceStates sourceStates() {
    return new SourceStates(driver, config.graph().database());
  }

  /**
   * Background crawls of the configured sources, one at a time (built on first use). Each crawl
   * takes the source list as it is then, so a blog added since is crawled too.
   */
  public synchronized CrawlJobs crawlJobs() {
    if (crawlJobs == null) {
      crawlJobs = new CrawlJobs(this::crawlOfCurrentSources, Clock.systemUTC());
      closeInOrder.push(crawlJobs);
    }
    return crawlJobs;
  }

  /** The crawler over the current source list, rebuilt only when that list changed. */
  private synchronized Crawl crawlOfCurrentSources() {
    SourcesConfig now = sources();
    if (!now.equals(crawledSources)) {
      crawlOfSources = crawl(now);
      crawledSources = now;
    }
    return crawlOfSources;
  }

  /** Following and unfollowing blogs, with feed discovery through the crawler's guarded fetcher. */
  public BlogSources blogSources() {
    return new BlogSources(discovery.get(), sourceStates(), this::sources);
  }

  /** What the crawler remembers of each source, kept in the graph. */
  public CrawlStateStore crawlStates() {
    return new GraphCrawlStateStore(sourceStates());
  }

  /** Rebuilds the search index from the graph. */
  public IndexRebuilder indexRebuilder() {
    return new IndexRebuilder(graph, index, tagging);
  }

  public IngestPipeline ingest() {
    return ingest;
  }

  @Override
  public void close() {
    closeAll(closeInOrder, null);
    LOG.info("Stopped");
  }

  private static void closeAll(Deque<AutoCloseable> opened, RuntimeException failure) {
    RuntimeException first = failure;
    while (!opened.isEmpty()) {
      try {
        opened.pop().close();
      } catch (Exception e) {
        if (first == null) {
          first = new IllegalStateException("cannot close cleanly: " + e.getMessage(), e);
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (failure == null && first != null) {
      throw first;
    }
  }
}
