/**
 * The graph, Keepup's system of record, reached through the Neo4j Java driver only.
 * {@link dev.keepup.graph.GraphStore} holds the batched, idempotent writes and hands out the reads
 * by feature ({@code researcher}, {@code topic}, {@code skill}, {@code explore}); Cypher lives in
 * text blocks ({@code PaperCypher}, {@code TagCypher}, one per feature package), always with
 * parameters.
 *
 * <p>Model: {@code (:Researcher)-[:AUTHORED {position, name, display, affiliations}]->(:Paper)},
 * {@code (:Paper)-[:IN_CATEGORY {primary}]->(:Category)}, {@code (:Paper)-[:HAS_TOPIC
 * {score, published}]->(:Topic)-[:BROADER]->(:Topic)}, {@code (:Paper)-[:USES_SKILL {score, published}]->(:Skill)
 * -[:REQUIRES]->(:Skill)}, {@code (:Researcher)-[:AFFILIATED_WITH]->(:Organization)}, {@code
 * (:Paper|Post)-[:FROM_SOURCE]->(:Source)}, {@code (:Post)-[:MENTIONS]->(:Paper)}. Blog posts are
 * their own {@code Post} label keyed by canonical URL, not papers with a kind: they have no arXiv
 * id, versions or categories, and keeping them apart keeps every paper query free of a filter. A
 * post that links a paper not yet ingested waits on a {@code MentionWaiting} node and is linked
 * when the paper arrives. {@code (:User)-[:FOLLOWS]->()} comes with digests; its constraint exists.
 * Tag edges carry the paper's {@code published} so that windows and "newest" orderings read
 * edges only.
 *
 * <p>Researcher identity: see {@code ResearcherResolver} (the rule) and {@link
 * dev.keepup.graph.identity.NameForm} (reading names). To add a kind of write, add its Cypher to a
 * {@code *Cypher} class, a validated input record, and a method on {@code GraphStore}; back every
 * new MERGE key with a constraint in a new {@link dev.keepup.graph.schema.Schema} step.
 */
package dev.keepup.graph;
