/**
 * Subscriptions, follows and the digest log in the graph. A {@link
 * dev.keepup.graph.subscription.Subscription} says what someone wants to hear about and how often;
 * {@link dev.keepup.graph.subscription.SubscriptionStore} keeps them as {@code :Subscription}
 * nodes, follows as {@code (:User)-[:FOLLOWS]->(:Researcher|:Topic|:Skill)}, and every digest as a
 * {@code :Digest} node (its items as JSON, {@code INCLUDES} edges to the papers at the version
 * sent) with one {@code :Delivery} node per channel, so that a digest is never lost and never
 * delivered twice on the same channel. Each subscription carries a watermark: the first-seen time
 * up to which its digests have covered the graph; committing a digest moves it atomically.
 *
 * <p>Constraints are applied by {@link dev.keepup.graph.subscription.SubscriptionSchema#apply}
 * at start-up. To store something new about a subscription, add the property in {@code
 * SubscriptionCypher} and {@code SubscriptionRows}, and a field to the record.
 */
package dev.keepup.graph.subscription;
