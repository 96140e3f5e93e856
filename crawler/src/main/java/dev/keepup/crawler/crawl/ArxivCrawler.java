package dev.keepup.crawler.crawl;

import dev.keepup.crawler.arxiv.ArxivApiClient;
import dev.keepup.crawler.arxiv.ArxivApiException;
import dev.keepup.crawler.arxiv.ArxivBackfill;
import dev.keepup.crawler.arxiv.ArxivListing;
import dev.keepup.crawler.arxiv.ArxivQuery;
import dev.keepup.crawler.arxiv.ListingItem;
import dev.keepup.crawler.feed.FeedException;
import dev.keepup.crawler.feed.FeedParser;
import dev.keepup.crawler.fetch.FetchOutcome;
import dev.keepup.crawler.fetch.FetchRequest;
import dev.keepup.crawler.fetch.Fetcher;
import dev.keepup.crawler.oai.OaiException;
import dev.keepup.crawler.oai.OaiHarvester;
import dev.keepup.crawler.oai.OaiPage;
import dev.keepup.crawler.state.CrawlSchedule;
import dev.keepup.crawler.state.CrawlState;
import dev.keepup.crawler.state.CrawlStateStore;
import dev.keepup.model.Paper;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Crawls arXiv's three channels with per-source state: the daily listing (conditional GET; a day
 * without listing is normal), the API's newest papers down to the first already seen, and the
 * OAI-PMH harvest from the date the last one reached. Each returns its result and never throws for
 * what arXiv or the network does; a failure backs the source off. The caller decides when a source
 * is due ({@code CrawlState.due}).
 */
public final class ArxivCrawler {

  private final Fetcher fetcher;
  private final ArxivApiClient api;
  private final OaiHarvester oai;
  private final CrawlStateStore store;
  private final CrawlSchedule schedule;
  private final Clock clock;
  private static final String FETCHED = "fetched";
  /** The first date window of a backfill; windows with more results than the cap are halved. */
  private static final Period BACKFILL_WINDOW = Period.ofDays(7);

  private final FeedParser parser = new FeedParser();

  public ArxivCrawler(Fetcher fetcher, ArxivApiClient api, OaiHarvester oai, CrawlStateStore store, CrawlSchedule schedule, Clock clock) {
    this.fetcher = fetcher;
    this.api = api;
    this.oai = oai;
    this.store = store;
    this.schedule = schedule;
    this.clock = clock;
  }

  /** A listing crawl: the items listed today (none when not modified), or the error. */
  public record ListingCrawl(String sourceId, String outcome, List<ListingItem> items, int skipped, String error) {
    public ListingCrawl {
      items = List.copyOf(items);
    }
  }

  /** An API crawl: how it ended ("fetched", or the failing fetch's outcome), the new papers newest first, or the error. */
  public record ApiCrawl(String sourceId, String outcome, List<Paper> papers, String error) {
    public ApiCrawl {
      papers = List.copyOf(papers);
    }
  }

  /** A backfill: how it ended, how many papers went to the sink, or the error. */
  public record BackfillCrawl(String sourceId, String outcome, long papers, String error) {}

  /** A harvest: how it ended, how many records went to the sink, and where the next harvest starts. */
  public record HarvestCrawl(String sourceId, String outcome, long records, LocalDate nextFrom, String error) {}

  /** Fetches the listing at {@code url} unless it is unchanged since the last visit. */
  public ListingCrawl listing(String sourceId, URI url) throws InterruptedException {
    CrawlState state = store.get(sourceId);
    FetchOutcome outcome = fetcher.fetch(FetchRequest.of(url).conditional(state.etag(), state.lastModified()));
    if (!(outcome instanceof FetchOutcome.Fetched fetched)) {
      CrawlState after = schedule.after(state, outcome, 0, clock.instant());
      store.save(after);
      return new ListingCrawl(sourceId, outcome.label(), List.of(), 0, after.lastError());
    }
    try {
      ArxivListing.Result listing = ArxivListing.read(parser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl()));
      store.save(schedule.after(state, outcome, listing.items().size(), clock.instant()));
      return new ListingCrawl(sourceId, outcome.label(), listing.items(), listing.skipped().size(), null);
    } catch (FeedException e) {
      String error = "not a listing: " + e.getMessage();
      store.save(schedule.afterError(state, error, clock.instant()));
      return new ListingCrawl(sourceId, "failed", List.of(), 0, error);
    }
  }

  /** The newest papers of {@code query} down to the first that {@code seen} accepts, at most {@code limit}. */
  public ApiCrawl newest(String sourceId, ArxivQuery query, Predicate<Paper> seen, int limit) throws InterruptedException {
    CrawlState state = store.get(sourceId);
    try {
      List<Paper> papers = api.newest(query, seen, limit);
      store.save(schedule.afterSuccess(state, papers.size(), clock.instant()));
      return new ApiCrawl(sourceId, FETCHED, papers, null);
    } catch (ArxivApiException e) {
      store.save(failure(state, e.outcome(), e.getMessage()));
      return new ApiCrawl(sourceId, label(e.outcome()), List.of(), e.getMessage());
    }
  }

  /**
   * Backfills {@code query} from {@code from} to {@code to} in date windows no query of which
   * passes {@code resultCap} results, handing each page to {@code sink}; the source's state records
   * the backfill like any crawl. Papers handed over before a failure stay handed over.
   */
  public BackfillCrawl backfill(String sourceId, ArxivQuery query, LocalDate from, LocalDate to, long resultCap, ArxivBackfill.Sink sink)
      throws InterruptedException {
    CrawlState state = store.get(sourceId);
    long[] count = {0};
    try {
      new ArxivBackfill(api, resultCap).run(query, from, to, BACKFILL_WINDOW, (windowFrom, windowTo, papers) -> {
        count[0] += papers.size();
        sink.accept(windowFrom, windowTo, papers);
      });
      store.save(schedule.afterSuccess(state, count[0], clock.instant()));
      return new BackfillCrawl(sourceId, FETCHED, count[0], null);
    } catch (ArxivApiException e) {
      store.save(failure(state, e.outcome(), e.getMessage()));
      return new BackfillCrawl(sourceId, label(e.outcome()), count[0], e.getMessage());
    }
  }

  /**
   * Harvests {@code set} in arXiv's metadata format from the date the last harvest of {@code
   * sourceId} reached ({@code firstFrom} the first time), handing each page to {@code sink}.
   */
  public HarvestCrawl harvest(String sourceId, String set, LocalDate firstFrom, Consumer<OaiPage> sink) throws InterruptedException {
    CrawlState state = store.get(sourceId);
    LocalDate from = state.oaiFrom() != null ? state.oaiFrom() : firstFrom;
    try {
      OaiHarvester.Harvest harvest = oai.harvest("arXiv", set, from, sink);
      store.save(schedule.afterSuccess(state, harvest.records(), clock.instant()).withOaiFrom(harvest.nextFrom()));
      return new HarvestCrawl(sourceId, FETCHED, harvest.records(), harvest.nextFrom(), null);
    } catch (OaiException e) {
      store.save(failure(state, e.outcome(), e.getMessage()));
      return new HarvestCrawl(sourceId, label(e.outcome()), 0, from, e.getMessage());
    }
  }

  /** The label of the fetch outcome that ended a paged crawl, or "failed" when it was no fetch outcome. */
  private static String label(FetchOutcome outcome) {
    return outcome == null ? "failed" : outcome.label();
  }

  private CrawlState failure(CrawlState state, FetchOutcome outcome, String message) {
    return outcome != null ? schedule.after(state, outcome, 0, clock.instant()) : schedule.afterError(state, message, clock.instant());
  }
}
