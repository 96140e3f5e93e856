package dev.keepup.indexer.nlp.vocab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A validated set of topics or skills: ids are unique, every link ({@code broader} or {@code
 * requires}) names an entry of the same vocabulary, and links form no cycle.
 *
 * @param <C> {@link Topic} or {@link Skill}
 */
public final class Vocabulary<C extends Concept> {

  private final String source;
  private final Map<String, C> byId;

  /**
   * @param source where the entries come from, for error messages ("config/topics.yaml")
   * @throws VocabularyException naming the offending entry when the entries are inconsistent
   */
  public Vocabulary(String source, List<C> entries) {
    this.source = source;
    Map<String, C> ids = new LinkedHashMap<>();
    for (C entry : entries) {
      if (ids.putIfAbsent(entry.id(), entry) != null) {
        throw new VocabularyException(source + ": id '" + entry.id() + "' is defined twice");
      }
    }
    this.byId = Collections.unmodifiableMap(ids);
    for (C entry : entries) {
      for (String link : entry.links()) {
        if (!byId.containsKey(link)) {
          throw new VocabularyException(source + ": '" + entry.id() + "' links to unknown id '" + link + "'");
        }
      }
    }
    rejectCycles();
  }

  public List<C> entries() {
    return List.copyOf(byId.values());
  }

  public Optional<C> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Every entry that {@code id} links to directly or indirectly, those with no links of their own
   * first: for skills, a learning path that ends just before {@code id}.
   */
  public List<C> ancestors(String id) {
    if (!byId.containsKey(id)) {
      throw new IllegalArgumentException(source + ": no entry '" + id + "'");
    }
    Set<String> ordered = new LinkedHashSet<>();
    visitLinks(id, ordered);
    ordered.remove(id);
    List<C> result = new ArrayList<>(ordered.size());
    ordered.forEach(ancestor -> result.add(byId.get(ancestor)));
    return result;
  }

  private void visitLinks(String id, Set<String> ordered) {
    if (ordered.contains(id)) {
      return;
    }
    for (String link : byId.get(id).links()) {
      visitLinks(link, ordered);
    }
    ordered.add(id);
  }

  private void rejectCycles() {
    Map<String, Boolean> finished = new HashMap<>();
    for (String id : byId.keySet()) {
      walk(id, finished, new ArrayList<>());
    }
  }

  private void walk(String id, Map<String, Boolean> finished, List<String> path) {
    Boolean done = finished.get(id);
    if (Boolean.TRUE.equals(done)) {
      return;
    }
    if (Boolean.FALSE.equals(done)) {
      List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
      cycle.add(id);
      throw new VocabularyException(source + ": '" + id + "' is in a cycle: " + String.join(" -> ", cycle));
    }
    finished.put(id, false);
    path.add(id);
    for (String link : byId.get(id).links()) {
      walk(link, finished, path);
    }
    path.removeLast();
    finished.put(id, true);
  }
}
