package dev.keepup.graph.skill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Orders skills so that every skill comes after the skills it requires (a topological order, ties
 * by id so the order is stable). A cycle in REQUIRES, which a vocabulary should not have, is broken
 * by taking its skills in id order.
 */
final class LearningOrder {

  private LearningOrder() {}

  /** {@code requires} maps each skill to the skills (within the map) it requires. */
  static List<String> of(Map<String, List<String>> requires) {
    Map<String, Integer> missing = new TreeMap<>();
    Map<String, List<String>> unlocks = new HashMap<>();
    requires.forEach(
        (skill, pres) -> {
          List<String> known = pres.stream().filter(requires::containsKey).distinct().toList();
          missing.put(skill, known.size());
          known.forEach(pre -> unlocks.computeIfAbsent(pre, k -> new ArrayList<>()).add(skill));
        });
    PriorityQueue<String> ready = new PriorityQueue<>();
    missing.forEach((skill, n) -> {
      if (n == 0) {
        ready.add(skill);
      }
    });
    List<String> order = new ArrayList<>(requires.size());
    while (order.size() < requires.size()) {
      if (ready.isEmpty()) { // a cycle: release the smallest id still waiting
        missing.entrySet().stream().filter(e -> e.getValue() > 0).findFirst().ifPresent(e -> {
          e.setValue(0);
          ready.add(e.getKey());
        });
      }
      String next = ready.poll();
      missing.put(next, -1);
      order.add(next);
      for (String later : unlocks.getOrDefault(next, List.of())) {
        if (missing.merge(later, -1, Integer::sum) == 0) {
          ready.add(later);
        }
      }
    }
    return order;
  }
}
