/**
 * The ingest pipeline: parsed papers go to the graph (system of record) then to the search index,
 * batch by batch and idempotently, with the tagging of the next batches overlapped with the writes
 * of the current one ({@link dev.keepup.api.ingest.IngestPipeline}); readers for saved arXiv
 * responses and the shipped sample data.
 */
package dev.keepup.api.ingest;
