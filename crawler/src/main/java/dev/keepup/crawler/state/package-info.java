/**
 * Per-source crawl state: last attempt and success, HTTP validators, OAI {@code from}, failures and
 * items seen, and when the source is due again.
 *
 * <p>A crawl loop reads {@code store.get(id)}, skips the source unless {@link
 * dev.keepup.crawler.state.CrawlState#due} now, fetches with {@code FetchRequest.of(url)
 * .conditional(state.etag(), state.lastModified())}, then saves {@code schedule.after(state,
 * outcome, newItems, now)} ({@link dev.keepup.crawler.state.CrawlSchedule}). To persist elsewhere,
 * implement {@link dev.keepup.crawler.state.CrawlStateStore}; the graph module does so over Neo4j.
 */
package dev.keepup.crawler.state;
