/**
 * Researchers: profiles ({@link dev.keepup.graph.researcher.Researchers#profile}), collaboration
 * paths, and the manual identity fixes {@code merge} and {@code split} that leave a {@code
 * ResearcherAlias} behind so later ingests follow them. Who is who at ingest time is decided by
 * {@code dev.keepup.graph.ResearcherResolver} on {@link dev.keepup.graph.identity.NameForm}s. To
 * add a question about researchers, add a Cypher text block to {@code ResearcherCypher}, a record
 * for its answer, a method here, and a test against the real database in {@code ResearchersTest}.
 */
package dev.keepup.graph.researcher;
