/**
 * Crawling: the pieces of the other packages put together for one pass over sources.
 *
 * <p>{@link dev.keepup.crawler.crawl.FeedCrawler} crawls blog feeds: for each due source it fetches
 * conditionally with the stored validators, parses the feed into posts, saves the new {@code
 * CrawlState} and reports a {@link dev.keepup.crawler.crawl.SourceResult}; a failing source backs
 * off and the crawl goes on. {@link dev.keepup.crawler.crawl.ArxivCrawler} does the same for
 * arXiv's daily listing (conditional), the API's newest papers, an API backfill by date windows,
 * and the OAI-PMH harvest (from the stored {@code oaiFrom}). To crawl a new kind of source, add its method here on the same pattern
 * (state in, outcome to state, result out) and test it against a loopback server.
 */
package dev.keepup.crawler.crawl;
