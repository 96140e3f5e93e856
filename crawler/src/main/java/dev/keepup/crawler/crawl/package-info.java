/**
 * Crawling: the pieces of the other packages put together for one pass over sources.
 *
 * <p>{@link dev.keepup.crawler.crawl.FeedCrawler} crawls blog feeds: for each due source it fetches
 * conditionally with the stored validators, parses the feed into posts, saves the new {@code
 * CrawlState} and reports a {@link dev.keepup.crawler.crawl.SourceResult}; a failing source backs
 * off and the crawl goes on. The arXiv API, listings and OAI-PMH are crawled the same way with
 * {@code ArxivApiClient}, {@code ArxivListing} and {@code OaiHarvester}; to crawl a new kind of
 * source, write its loop here on the same pattern and test it against a loopback server.
 */
package dev.keepup.crawler.crawl;
