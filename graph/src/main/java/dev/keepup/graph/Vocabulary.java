package dev.keepup.graph;

import java.util.regex.Pattern;

/** The rule every vocabulary id (topic, skill, source) follows. */
final class Vocabulary {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}");

  private Vocabulary() {}

  static void requireId(String id, String what) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("not a valid " + what + " id: " + id);
    }
  }
}
