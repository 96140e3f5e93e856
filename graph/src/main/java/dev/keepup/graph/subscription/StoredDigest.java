package dev.keepup.graph.subscription;

import java.time.Instant;

/** A committed digest: the window it covers and its payload as committed. */
public record StoredDigest(String id, String subscription, Instant from, Instant until, Instant created, String payload) {}
