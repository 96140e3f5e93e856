/**
 * RSS and Atom feeds of any version, read with Rome, and blog posts made from them.
 *
 * <p>{@link dev.keepup.crawler.feed.FeedParser#parse(byte[], String, java.net.URI)} takes the bytes
 * of a {@code Fetched} outcome, its Content-Type and final URL, and returns a {@link
 * dev.keepup.crawler.feed.ParsedFeed}: feed fields, {@link dev.keepup.crawler.feed.FeedEntry}s
 * with markup made safe and links made absolute, extension elements by {@code prefix:name}, and
 * whether the feed was ill-formed and healed. {@link dev.keepup.crawler.feed.BlogPosts#from} turns
 * a parsed blog feed into {@link dev.keepup.model.Post}s (canonical URL, plain text, cited arXiv
 * ids). To support another feed dialect, map its elements in {@code RomeMapping} (extensions are
 * already there by name) and add a test with a real sample.
 */
package dev.keepup.crawler.feed;
