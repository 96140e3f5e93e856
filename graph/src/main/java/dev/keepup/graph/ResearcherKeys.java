package dev.keepup.graph;

import dev.keepup.graph.identity.NameForm;

/**
 * The key of a name form: the folded full name (see {@link NameForm}). Two forms with equal keys
 * are one researcher; forms that differ only in initials merge only on evidence (see {@code
 * ResearcherResolver}) or by hand.
 */
public final class ResearcherKeys {

  private ResearcherKeys() {}

  public static String of(String name) {
    return NameForm.parse(name).key();
  }
}
