package dev.keepup.crawler.oai;

import dev.keepup.crawler.fetch.FetchOutcome;
import dev.keepup.crawler.fetch.FetchRequest;
import dev.keepup.crawler.fetch.Fetcher;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import okhttp3.HttpUrl;

/**
 * Harvests an OAI-PMH repository incrementally: {@code ListRecords} from a date, following the
 * {@code resumptionToken} to the end. Requests go through the shared {@link Fetcher}, which honours
 * the {@code 503} + {@code Retry-After} that arXiv's OAI uses for flow control.
 */
public final class OaiHarvester {

  /** arXiv's OAI-PMH endpoint. */
  public static final HttpUrl ARXIV = HttpUrl.get("https://oaipmh.arxiv.org/oai");

  private final Fetcher fetcher;
  private final HttpUrl endpoint;
  private final OaiPmhParser parser = new OaiPmhParser();

  public OaiHarvester(Fetcher fetcher, HttpUrl endpoint) {
    this.fetcher = fetcher;
    this.endpoint = endpoint;
  }

  /**
   * What one harvest did.
   *
   * @param pages pages read
   * @param records records listed, deleted ones included
   * @param nextFrom the {@code from} for the next harvest: the day of the first answer's responseDate
   */
  public record Harvest(int pages, long records, LocalDate nextFrom) {}

  /**
   * Lists the records of {@code set} (null for all) in {@code metadataPrefix} changed since {@code
   * from} (null for all), handing each page to {@code sink}.
   */
  public Harvest harvest(String metadataPrefix, String set, LocalDate from, Consumer<OaiPage> sink)
      throws OaiException, InterruptedException {
    HttpUrl.Builder first = endpoint.newBuilder().addQueryParameter("verb", "ListRecords").addQueryParameter("metadataPrefix", metadataPrefix);
    if (set != null) {
      first.addQueryParameter("set", set);
    }
    if (from != null) {
      first.addQueryParameter("from", from.toString());
    }
    OaiPage page = fetchPage(first.build());
    Instant started = page.responseDate();
    int pages = 0;
    long records = 0;
    while (true) {
      sink.accept(page);
      pages++;
      records += page.identifiers().size();
      if (page.isLast()) {
        return new Harvest(pages, records, LocalDate.ofInstant(started, ZoneOffset.UTC));
      }
      page = fetchPage(endpoint.newBuilder()
          .addQueryParameter("verb", "ListRecords")
          .addQueryParameter("resumptionToken", page.resumptionToken())
          .build());
    }
  }

  private OaiPage fetchPage(HttpUrl url) throws OaiException, InterruptedException {
    FetchOutcome outcome = fetcher.fetch(FetchRequest.of(url.uri()).accepting("text/xml"));
    if (outcome instanceof FetchOutcome.Fetched fetched) {
      return parser.parse(fetched.body());
    }
    throw new OaiException("OAI-PMH " + outcome.label() + " at " + url, outcome);
  }
}
