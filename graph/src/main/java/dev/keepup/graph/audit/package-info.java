/**
 * Audits the graph for {@code keepup check}: {@link dev.keepup.graph.audit.GraphAudit} reads what
 * the search index must agree with and reports inconsistencies as {@link
 * dev.keepup.graph.audit.Discrepancy} values. To add a check, add a named query to {@code
 * GraphAudit.CHECKS} that returns {@code count} and {@code examples}, and a test that creates the
 * inconsistency and expects it found.
 */
package dev.keepup.graph.audit;
