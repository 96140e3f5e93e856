/**
 * The ingest pipeline: parsed papers go to the graph (system of record) then to the search index,
 * batch by batch and idempotently; readers for saved arXiv responses and the shipped sample data.
 */
package dev.keepup.api.ingest;
