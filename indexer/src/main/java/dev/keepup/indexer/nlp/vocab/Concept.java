package dev.keepup.indexer.nlp.vocab;

import java.util.List;

/** What topics and skills share: an id, a label and the other names the concept goes by. */
public sealed interface Concept permits Topic, Skill {

  String id();

  String label();

  List<String> aliases();

  /** The ids this concept points to in its vocabulary's hierarchy (broader topics, required skills). */
  List<String> links();

  /** The label followed by the aliases: every name under which text may mention the concept. */
  default List<String> names() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(label()), aliases().stream()).toList();
  }
}
