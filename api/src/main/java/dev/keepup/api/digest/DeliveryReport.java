package dev.keepup.api.digest;

/** What one pass over the due deliveries did. */
public record DeliveryReport(int delivered, int failed) {}
