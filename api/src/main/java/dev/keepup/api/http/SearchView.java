package dev.keepup.api.http;

import dev.keepup.indexer.search.SearchHit;
import java.util.List;

/** The answer of {@code GET /api/search}. */
public record SearchView(String query, long total, List<SearchHit> hits) {}
