package dev.keepup.graph.subscription;

import java.time.Instant;

/**
 * Where a delivery stands.
 *
 * @param status {@code pending}, {@code delivered} or {@code failed} (gave up after the last attempt)
 * @param lastError the error of the last failed attempt, or null
 * @param deliveredAt when it succeeded, or null
 */
public record DeliveryStatus(String id, Channel channel, String status, int attempts, String lastError, Instant deliveredAt) {}
