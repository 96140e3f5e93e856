/**
 * Conformance of the feed parser: {@link dev.keepup.crawler.conformance.FeedConformance} runs it over
 * the Universal Feed Parser's test corpus and returns a {@link
 * dev.keepup.crawler.conformance.ConformanceReport}; {@code keepup eval feeds DIR} prints it. To
 * compare another field, add it to {@code Expectation.FIELDS} and to {@code FeedConformance.meets}.
 */
package dev.keepup.crawler.conformance;
