/**
 * Search speed, measured. {@link dev.keepup.indexer.search.bench.SyntheticCorpus} grows a corpus
 * of any size from real arXiv records (repeated with fresh ids, words shuffled within sentences,
 * dates shifted); {@link dev.keepup.indexer.search.bench.QueryMix} is the fixed mix of queries;
 * {@link dev.keepup.indexer.search.bench.SearchBenchmark} builds an index per size and times
 * indexing and searching; {@link dev.keepup.indexer.search.bench.LatencyPlot} draws latency
 * against corpus size as a PNG with Java2D. To add a kind of query, add it to {@code QueryMix}.
 */
package dev.keepup.indexer.search.bench;
