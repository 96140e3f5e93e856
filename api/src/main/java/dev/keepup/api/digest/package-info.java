/**
 * Digests: what each subscription gets, and getting it there. {@link
 * dev.keepup.api.digest.DigestService} is the entry point: it builds the digests that are due in
 * one pass ({@code DigestBuilder}: the papers first seen since the oldest watermark, a throw-away
 * search index over them, one {@code SubscriptionMatcher} run and {@code Ranking} per subscription),
 * commits them to the graph (which moves each subscription's watermark, so nothing is new twice),
 * and delivers them ({@code Deliveries}: e-mail over SMTP, signed webhooks, with persisted retries
 * and backoff). {@link dev.keepup.api.digest.AtomFeed} and {@link dev.keepup.api.digest.DigestText}
 * render digests; {@link dev.keepup.api.digest.DigestScheduler} drives crawls and digests inside
 * {@code keepup serve}; {@link dev.keepup.api.digest.DigestRoutes} holds the HTTP handlers.
 *
 * <p>To add a delivery channel: add a kind to {@code graph.subscription.Channel.Kind}, implement
 * {@code ChannelSender}, and register it in {@link dev.keepup.api.digest.DigestService#create}.
 * To add a ranking signal: add it to {@code Ranking.rank} with a reason in words.
 */
package dev.keepup.api.digest;
