/**
 * Skills: the skill page (prerequisites in learning order, papers, researchers strong in it) and
 * learning paths to a skill or topic with a reading list per step. Learning order is a stable
 * topological sort of REQUIRES ({@code LearningOrder}). To add a question, add its Cypher to
 * {@code SkillCypher}, a record for its answer and a method on {@link
 * dev.keepup.graph.skill.Skills}, with a test against the real database.
 */
package dev.keepup.graph.skill;
