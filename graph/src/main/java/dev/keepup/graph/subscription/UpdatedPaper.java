package dev.keepup.graph.subscription;

import dev.keepup.graph.StoredPaper;

/** A paper a subscription was sent at {@code sentVersion} that the graph now holds at a newer version. */
public record UpdatedPaper(String subscription, StoredPaper paper, int sentVersion) {}
