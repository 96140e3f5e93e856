/**
 * OAI-PMH, for bulk and incremental harvests of arXiv (sets such as {@code cs}).
 *
 * <p>{@link dev.keepup.crawler.oai.OaiHarvester#harvest} asks for {@code ListRecords} from a date and
 * follows {@code resumptionToken}s to the end, through the shared {@code Fetcher} (which waits out
 * a {@code 503} with {@code Retry-After}); each page, parsed by {@link
 * dev.keepup.crawler.oai.OaiPmhParser}, goes to the caller as an {@link
 * dev.keepup.crawler.oai.OaiPage}. Store {@code Harvest.nextFrom()} as the source's OAI {@code from}
 * for the next run. To read another metadata format, map its element the way {@code ArxivMetadata}
 * maps {@code arXiv}.
 */
package dev.keepup.crawler.oai;
