/** Crawl state per source, as properties of the source's node in the graph. */
package dev.keepup.graph.source;
