package dev.keepup.model;

import java.util.List;

/** An author of a paper as the source wrote the name, with the affiliations it gave. */
public record Author(String name, List<String> affiliations) {

  public Author {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("author name is blank");
    }
    name = name.strip().replaceAll("\\s+", " ");
    affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
  }

  public Author(String name) {
    this(name, List.of());
  }
}
