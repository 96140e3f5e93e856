package dev.keepup.indexer.nlp.vocab;

import java.util.List;
import java.util.regex.Pattern;

/** Checks shared by the compact constructors of {@link Topic} and {@link Skill}. */
final class ConceptChecks {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private ConceptChecks() {}

  static String id(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("id must be lower-case words joined by '-': " + id);
    }
    return id;
  }

  static String label(String id, String label) {
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException(id + ": label is missing");
    }
    return label.strip();
  }

  static List<String> names(String id, String what, List<String> names) {
    if (names == null) {
      return List.of();
    }
    for (String name : names) {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException(id + ": blank entry in " + what);
      }
    }
    return names.stream().map(String::strip).toList();
  }
}
