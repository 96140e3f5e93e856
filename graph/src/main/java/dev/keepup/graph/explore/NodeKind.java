package dev.keepup.graph.explore;

import java.util.Locale;

/** The kinds of node a neighbourhood can start from, with the property that identifies each. */
public enum NodeKind {
  PAPER("Paper", "id"),
  RESEARCHER("Researcher", "key"),
  TOPIC("Topic", "id"),
  SKILL("Skill", "id"),
  CATEGORY("Category", "code"),
  ORGANIZATION("Organization", "key"),
  SOURCE("Source", "id"),
  POST("Post", "url");

  private final String label;
  private final String keyProperty;

  NodeKind(String label, String keyProperty) {
    this.label = label;
    this.keyProperty = keyProperty;
  }

  public String label() {
    return label;
  }

  String keyProperty() {
    return keyProperty;
  }

  /** The kind named {@code name}, case-insensitively ("researcher", "Topic"). */
  public static NodeKind parse(String name) {
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown node kind '" + name + "'; one of paper, researcher, topic, skill, category, organization, source, post", e);
    }
  }
}
