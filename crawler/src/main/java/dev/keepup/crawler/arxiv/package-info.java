/**
 * arXiv as a source: the search API ({@code export.arxiv.org/api/query}).
 *
 * <p>{@link dev.keepup.crawler.arxiv.ArxivApiParser} turns one API answer (bytes or a stream) into an
 * {@link dev.keepup.crawler.arxiv.ArxivApiPage}: paging figures, the {@link dev.keepup.model.Paper}s,
 * and the entries it had to skip with their reasons. The API's error feed becomes an {@link
 * dev.keepup.crawler.arxiv.ArxivApiException}. Parsers take bytes, never URLs: fetching lives in
 * {@code crawler.fetch}.
 */
package dev.keepup.crawler.arxiv;
