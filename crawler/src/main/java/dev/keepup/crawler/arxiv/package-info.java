/**
 * arXiv as a source: the search API, the daily listings and the bulk metadata snapshot.
 *
 * <ul>
 *   <li>{@link dev.keepup.crawler.arxiv.ArxivApiParser}: one API answer (bytes) into an {@link
 *       dev.keepup.crawler.arxiv.ArxivApiPage} (paging figures, papers, skipped entries); the error
 *       feed becomes an {@link dev.keepup.crawler.arxiv.ArxivApiException}.
 *   <li>{@link dev.keepup.crawler.arxiv.ArxivApiClient}: pages of an {@link
 *       dev.keepup.crawler.arxiv.ArxivQuery} through the shared {@code Fetcher}; {@code newest}
 *       stops at the first paper the caller has seen; {@code lookup} enriches by id; empty pages
 *       that should not be are asked for again.
 *   <li>{@link dev.keepup.crawler.arxiv.ArxivBackfill}: a date range in submission-date windows,
 *       halved until each stays under the API's result cap.
 *   <li>{@link dev.keepup.crawler.arxiv.ArxivSnapshot}: the JSON-lines metadata snapshot, streamed
 *       line by line through a {@link dev.keepup.crawler.arxiv.SnapshotFilter} (categories, dates).
 *   <li>{@link dev.keepup.crawler.arxiv.ArxivListing}: a parsed {@code rss.arxiv.org} listing into
 *       {@link dev.keepup.crawler.arxiv.ListingItem}s with their {@link
 *       dev.keepup.crawler.arxiv.AnnounceType}; an empty listing (weekend, holiday) is normal.
 * </ul>
 *
 * <p>Parsers take bytes, never URLs; fetching lives in {@code crawler.fetch}.
 */
package dev.keepup.crawler.arxiv;
