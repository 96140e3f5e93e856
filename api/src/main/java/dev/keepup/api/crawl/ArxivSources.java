package dev.keepup.api.crawl;

import dev.keepup.api.ingest.IngestPipeline;
import dev.keepup.api.ingest.IngestReport;
import dev.keepup.crawler.arxiv.ArxivApiClient;
import dev.keepup.crawler.arxiv.ArxivApiException;
import dev.keepup.crawler.arxiv.ArxivQuery;
import dev.keepup.crawler.arxiv.ListingItem;
import dev.keepup.crawler.crawl.ArxivCrawler;
import dev.keepup.crawler.source.ArxivConfig;
import dev.keepup.crawler.state.CrawlState;
import dev.keepup.crawler.state.CrawlStateStore;
import dev.keepup.graph.GraphStore;
import dev.keepup.graph.SourceNode;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * arXiv's three channels as crawl sources, each with its own state: the API's newest submissions
 * of the configured categories (or a backfill by date windows), the daily listing (its items
 * looked up by id when the graph lacks them, since a listing has no submission dates, comments or
 * affiliations), and the OAI-PMH harvest of the configured set, kept to the configured categories.
 * Every paper goes through the one ingest pipeline: a paper seen by all three is one paper, and a
 * new version updates it.
 */
final class ArxivSources {

  static final String API = "arxiv-api";
  static final String LISTING = "arxiv-listing";
  static final String OAI = "arxiv-oai";

  private static final Logger LOG = LoggerFactory.getLogger(ArxivSources.class);
  private static final String DAYS = "days backfilled";

  /** What one arXiv source did: its report line and what the ingest made of its papers. */
  record Outcome(CrawlReport.SourceLine line, IngestReport papers) {}

  private final ArxivConfig config;
  private final ArxivCrawler crawler;
  private final ArxivApiClient api;
  private final IngestPipeline ingest;
  private final GraphStore graph;
  private final CrawlStateStore states;
  private final Clock clock;

  ArxivSources(ArxivConfig config, ArxivCrawler crawler, ArxivApiClient api, IngestPipeline ingest, GraphStore graph,
      CrawlStateStore states, Clock clock) {
    this.config = config;
    this.crawler = crawler;
    this.api = api;
    this.ingest = ingest;
    this.graph = graph;
    this.states = states;
    this.clock = clock;
  }

  /**
   * The sources {@code config} enables, in crawl order: the API first, so that the listing finds
   * the new papers it announces already complete and needs no look-up for them.
   */
  static List<SourceNode> enabled(ArxivConfig config) {
    String categories = String.join(", ", config.categories());
    List<SourceNode> sources = new ArrayList<>();
    if (config.channels().api()) {
      sources.add(new SourceNode(API, "arxiv", "arXiv API, newest of " + categories, config.api().toString()));
    }
    if (config.channels().listing()) {
      sources.add(new SourceNode(LISTING, "arxiv", "arXiv daily listing " + categories, config.listingUrl().toString()));
    }
    if (config.channels().oai()) {
      sources.add(new SourceNode(OAI, "arxiv", "arXiv OAI-PMH, set " + config.oaiSet() + ", kept to " + categories, config.oai().toString()));
    }
    return sources;
  }

  /** Crawls the source {@code source} (one of {@link #enabled}); {@code since} asks for a backfill. */
  Outcome crawl(SourceNode source, LocalDate since, CrawlListener listener) throws InterruptedException {
    return switch (source.id()) {
      case API -> since != null ? backfill(source, since, listener) : newest(source);
      case LISTING -> listing(source);
      case OAI -> harvest(source, since);
      default -> throw new IllegalArgumentException("not an arXiv source: " + source.id());
    };
  }

  /** The newest submissions down to the first paper the graph has, or the first older than the last success allows. */
  private Outcome newest(SourceNode source) throws InterruptedException {
    CrawlState state = states.get(API);
    Instant now = clock.instant();
    if (!state.due(now)) {
      return notDue(API);
    }
    Instant floor = (state.lastSuccess() == null ? now : state.lastSuccess()).minus(Duration.ofDays(config.lookbackDays()));
    ArxivCrawler.ApiCrawl crawl = crawler.newest(API, query(),
        p -> p.published().isBefore(floor) || !graph.knownVersions(List.of(p.id())).isEmpty(),
        (int) Math.min(Integer.MAX_VALUE, config.resultCap()));
    return new Outcome(line(API, crawl.outcome(), crawl.papers().size(), crawl.error()), store(source, crawl.papers()));
  }

  /** Every submission from {@code since} to today, in date windows, ingested page by page. */
  private Outcome backfill(SourceNode source, LocalDate since, CrawlListener listener) throws InterruptedException {
    LocalDate today = today();
    long days = ChronoUnit.DAYS.between(since, today) + 1;
    IngestReport[] total = {IngestReport.EMPTY};
    listener.progress(DAYS, 0, days);
    ArxivCrawler.BackfillCrawl crawl = crawler.backfill(API, query(), since, today, config.resultCap(), (from, to, papers) -> {
      total[0] = total[0].plus(store(source, papers));
      listener.progress(DAYS, ChronoUnit.DAYS.between(to, today), days);
    });
    if (crawl.error() == null) {
      listener.progress(DAYS, days, days);
    }
    return new Outcome(line(API, crawl.outcome(), crawl.papers(), crawl.error()), total[0]);
  }

  private Outcome listing(SourceNode source) throws InterruptedException {
    if (!states.get(LISTING).due(clock.instant())) {
      return notDue(LISTING);
    }
    ArxivCrawler.ListingCrawl listing = crawler.listing(LISTING, config.listingUrl());
    List<Paper> papers = new ArrayList<>();
    String notEnriched = enrich(listing.items(), papers);
    String outcome = notEnriched == null ? listing.outcome() : listing.outcome() + ", not enriched";
    if (notEnriched != null) {
      LOG.warn("arXiv listing items not looked up through the API: {}", notEnriched);
    }
    return new Outcome(line(LISTING, outcome, papers.size(), listing.error()), store(source, papers));
  }

  /**
   * Adds to {@code papers} each listed paper, as the API describes it when the graph lacks that
   * version (one {@code id_list} look-up for all of them), else as the listing does; returns why
   * the look-up failed (the listing's own data is used then), or null.
   */
  private String enrich(List<ListingItem> items, List<Paper> papers) throws InterruptedException {
    List<Paper> listed = items.stream().map(ListingItem::paper).toList();
    Map<PaperId, Integer> known = listed.isEmpty() ? Map.of() : graph.knownVersions(listed.stream().map(Paper::id).toList());
    List<PaperId> wanted = listed.stream().filter(p -> known.getOrDefault(p.id(), 0) < p.version()).map(Paper::id).distinct().toList();
    Map<PaperId, Paper> full = new HashMap<>();
    String problem = null;
    if (!wanted.isEmpty()) {
      try {
        api.lookup(wanted).forEach(p -> full.merge(p.id(), p, (a, b) -> b.version() > a.version() ? b : a));
      } catch (ArxivApiException e) {
        problem = e.getMessage();
      }
    }
    for (Paper p : listed) {
      Paper looked = full.get(p.id());
      papers.add(looked != null && looked.version() >= p.version() ? looked : p);
    }
    return problem;
  }

  /** The harvest from the stored {@code from} (or {@code since}), kept to the configured categories. */
  private Outcome harvest(SourceNode source, LocalDate since) throws InterruptedException {
    CrawlState state = states.get(OAI);
    if (since == null && !state.due(clock.instant())) {
      return notDue(OAI);
    }
    if (since != null) {
      states.save(state.withOaiFrom(since));
    }
    Set<String> categories = Set.copyOf(config.categories());
    IngestReport[] total = {IngestReport.EMPTY};
    long[] kept = {0};
    ArxivCrawler.HarvestCrawl crawl = crawler.harvest(OAI, config.oaiSet(), today().minusDays(config.lookbackDays()), page -> {
      List<Paper> papers = page.papers().stream().filter(p -> p.categories().stream().anyMatch(categories::contains)).toList();
      kept[0] += papers.size();
      total[0] = total[0].plus(store(source, papers));
    });
    return new Outcome(line(OAI, crawl.outcome(), kept[0], crawl.error()), total[0]);
  }

  private IngestReport store(SourceNode source, List<Paper> papers) {
    IngestReport report = ingest.ingest(papers);
    graph.linkFromSource(source, papers.stream().map(Paper::id).distinct().toList());
    return report;
  }

  private ArxivQuery query() {
    return ArxivQuery.categories(config.categories());
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static Outcome notDue(String id) {
    return new Outcome(line(id, "not due", 0, null), IngestReport.EMPTY);
  }

  private static CrawlReport.SourceLine line(String id, String outcome, long items, String error) {
    return new CrawlReport.SourceLine(id, outcome, (int) Math.min(Integer.MAX_VALUE, items), error);
  }
}
