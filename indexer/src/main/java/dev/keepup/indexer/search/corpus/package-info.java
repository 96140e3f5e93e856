/**
 * Readers of paper collections in files, for evaluations and benchmarks:
 * {@link dev.keepup.indexer.search.corpus.ArxivMlRecords} reads the JSON-lines format of
 * {@code data/arxiv-ml/papers.jsonl.gz} into {@code IndexedPaper}s. A record that cannot be a paper
 * is counted and skipped, never fatal. To read another format, add one reader class that returns
 * the same {@link dev.keepup.indexer.search.corpus.ArxivMlRecords.Loaded} outcome.
 */
package dev.keepup.indexer.search.corpus;
