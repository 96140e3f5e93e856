/**
 * Search quality, measured. {@link dev.keepup.indexer.search.eval.BeirEvaluation} indexes a
 * BEIR-format collection ({@code corpus.jsonl}, {@code queries.jsonl}, {@code qrels/NAME.tsv})
 * through the same schema and analysis as papers, runs every judged query and scores the run
 * ({@link dev.keepup.indexer.search.eval.RetrievalMetrics}: nDCG@10, MRR@10, Recall@100 as
 * trec_eval computes them); {@link dev.keepup.indexer.search.eval.KnownItemEvaluation} checks that
 * each paper's exact title finds it first. To add a metric, add a pure function over a ranked list
 * and the judgments to {@code RetrievalMetrics} and a field to its {@code Scores}.
 */
package dev.keepup.indexer.search.eval;
