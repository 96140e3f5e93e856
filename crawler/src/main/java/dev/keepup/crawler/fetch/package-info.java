/**
 * Fetching over HTTP, politely and defensively.
 *
 * <p>Build one {@link dev.keepup.crawler.fetch.Fetcher} per application from {@link
 * dev.keepup.crawler.fetch.FetchSettings} and share it: it owns the one OkHttp client. {@code
 * fetcher.fetch(FetchRequest.of(url).conditional(etag, lastModified))} returns a {@link
 * dev.keepup.crawler.fetch.FetchOutcome}: {@code Fetched} (body and new validators), {@code
 * NotModified}, {@code Gone}, {@code RetryLater(after)}, {@code Rejected} or {@code Failed}. It never
 * throws for what a network or server does.
 *
 * <p>What it guarantees: one request at a time per host and the host's minimum interval between two
 * (3 s for arXiv by default); retries on connection errors, 429 and 500–504 with exponential backoff
 * and jitter, honouring {@code Retry-After} in seconds or as an HTTP date; connect, read and call
 * time-outs; a cap on the decompressed body; redirects followed by hand, each hop checked, loops and
 * too many hops rejected; only http and https; and no connection to a loopback, private,
 * link-local, multicast or unspecified address unless the settings allow it. Parsers never see
 * URLs, only the bytes of a {@code Fetched}.
 */
package dev.keepup.crawler.fetch;
