/**
 * Keepup's crawler: it fetches sources politely and turns what they serve into {@link
 * dev.keepup.model.Paper}s and {@link dev.keepup.model.Post}s. Packages by feature:
 *
 * <ul>
 *   <li>{@code crawler.fetch}: the one HTTP client ({@code Fetcher}) and fetch outcomes;
 *   <li>{@code crawler.xml}: the safe XML parser every reader uses;
 *   <li>{@code crawler.feed}: RSS/Atom parsing (Rome) and blog posts;
 *   <li>{@code crawler.arxiv}: the arXiv API, daily listings and the metadata snapshot;
 *   <li>{@code crawler.oai}: OAI-PMH harvests;
 *   <li>{@code crawler.state}: per-source crawl state and backoff;
 *   <li>{@code crawler.source}: {@code config/sources.yaml}, OPML, feed discovery;
 *   <li>{@code crawler.crawl}: one pass over blog feeds, putting the above together;
 *   <li>{@code crawler.conformance}: the feed parser against the feedparser conformance corpus.
 * </ul>
 *
 * <p>This package holds what they share, such as {@link dev.keepup.crawler.SkippedEntry}: an entry
 * that could not become a record is reported, never fatal.
 */
package dev.keepup.crawler;
