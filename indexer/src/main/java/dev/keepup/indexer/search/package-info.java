/**
 * Lucene full-text search over papers. {@link dev.keepup.indexer.search.PaperIndex} owns the one
 * {@code IndexWriter} of a data directory and near-real-time searchers; {@code PaperDocuments} is
 * the pure mapping between papers and Lucene documents. The index is derived: the graph is the
 * system of record and the index can be rebuilt from it.
 */
package dev.keepup.indexer.search;
