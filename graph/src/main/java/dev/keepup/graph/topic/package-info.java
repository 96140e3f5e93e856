/**
 * Topics: the topic page (activity, influence, related topics, growth, newest papers over a
 * window) and trending topics. Influence is a PageRank on the co-authorship graph within the
 * topic's window, computed in Java by {@code Influence} (Neo4j Community has no Graph Data
 * Science library). To add a figure to the page, extend {@code TopicCypher.PAGE} and {@link
 * dev.keepup.graph.topic.TopicPage}, and assert it in {@code TopicsTest}.
 */
package dev.keepup.graph.topic;
