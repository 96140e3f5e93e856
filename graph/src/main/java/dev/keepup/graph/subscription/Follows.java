package dev.keepup.graph.subscription;

import java.util.Set;

/** What one user follows: researcher keys, topic keys and skill keys (lower case). */
public record Follows(Set<String> researchers, Set<String> topics, Set<String> skills) {

  public static final Follows NONE = new Follows(Set.of(), Set.of(), Set.of());

  public Follows {
    researchers = Set.copyOf(researchers);
    topics = Set.copyOf(topics);
    skills = Set.copyOf(skills);
  }

  /** The kinds of thing one can follow. */
  public enum Kind {
    RESEARCHER,
    TOPIC,
    SKILL
  }
}
