/**
 * Lucene full-text search over papers.
 *
 * <p>{@link dev.keepup.indexer.search.PaperIndex} owns the one {@code IndexWriter} of a data
 * directory and its near-real-time searchers: a paper is searchable when {@code upsert} returns,
 * and searches never wait for writes. It serves {@link dev.keepup.indexer.search.SearchRequest}s
 * (query language, {@link dev.keepup.indexer.search.SearchFilters}, sorts, {@link
 * dev.keepup.indexer.search.Facet}s, snippets, cursors), similar papers and suggestions, and
 * rebuilds itself beside the live copy ({@link dev.keepup.indexer.search.IndexRebuild}) for
 * {@code keepup reindex}. The index is derived: the graph is the system of record.
 *
 * <p>Inside, each step is one small package-private class: {@code PaperDocuments} (the schema,
 * {@code PaperFields}; {@code AnalysedTokens} analyses title and abstract once for three fields),
 * {@code TextAnalysis} (the one analysis chain), {@code PaperQueryParser} (the query language),
 * {@code QueryBuilder} (filters, recency), {@code PaperSearch} (sort, cursor, facets, hits),
 * {@code RelevancePage} (the top matches rescored by {@code ProximityBoost}), {@code FacetMatches}
 * (all matches, or a sample of many) counted in the same pass by {@code FacetTally} (from
 * {@code FacetCounting}: one {@code OrdinalCounts} for all facets over {@code FacetOrdinals},
 * each segment's held in memory as {@code SegmentOrdinals}), {@code Snippets}, {@code Cursors},
 * {@code SimilarPapers}, {@code Suggestions} and {@code IndexGeneration} (directories and swaps).
 *
 * <p>To add a field: name it in {@code PaperFields}, index it in {@code PaperDocuments}, and, to
 * search it by prefix, map it in {@code PaperQueryParser}; to filter on it, add a set to
 * {@code SearchFilters} and a clause in {@code QueryBuilder}; to count it, add a {@code Facet}
 * (exact fields with doc values only). Existing indexes need {@code keepup reindex} after a schema
 * change. Ranking changes must be measured with {@code keepup eval search} and {@code keepup eval
 * known-item} (see {@code docs/search-bench.md}).
 */
package dev.keepup.indexer.search;
