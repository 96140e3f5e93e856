/**
 * What the crawler follows and how: {@link dev.keepup.crawler.source.SourcesConfig} loads {@code
 * config/sources.yaml} (fetch settings, arXiv categories and endpoints, blogs) into validated
 * records; {@link dev.keepup.crawler.source.Opml} imports and exports blog lists; {@link
 * dev.keepup.crawler.source.FeedDiscovery} finds a blog's feed from its home page. To add a kind of
 * source, add its section record here, its key to {@code sources.yaml} with a comment, and a test
 * that loads the shipped file.
 */
package dev.keepup.crawler.source;
