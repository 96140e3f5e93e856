package dev.keepup.api.digest;

import dev.keepup.graph.subscription.Subscription;
import dev.keepup.model.Paper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Seeded, plausible subscriptions drawn from real papers for benchmarks: a query of one or two
 * title words (half of them restricted to one of the papers' categories), or two of their authors,
 * or a category alone. The same seed gives the same subscriptions.
 */
public final class SyntheticSubscriptions {

  private SyntheticSubscriptions() {}

  public static List<Subscription> of(List<Paper> papers, int n, String prefix, long seed) {
    Random random = new Random(seed);
    List<String> words = titleWords(papers);
    List<Subscription> made = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Paper p = papers.get(random.nextInt(papers.size()));
      Paper other = papers.get(random.nextInt(papers.size()));
      String name = prefix + i;
      int kind = random.nextInt(10);
      Subscription s;
      if (kind < 6) {
        String query = words.get(random.nextInt(words.size())) + (random.nextBoolean() ? "" : " " + words.get(random.nextInt(words.size())));
        Set<String> categories = kind < 3 ? Set.of(p.categories().getFirst()) : Set.of();
        s = new Subscription(name, query, Set.of(), Set.of(), categories, Set.of(), "daily", "UTC", 20, List.of());
      } else if (kind < 9 && !p.authors().isEmpty() && !other.authors().isEmpty()) {
        Set<String> researchers = new LinkedHashSet<>();
        researchers.add(p.authors().get(random.nextInt(p.authors().size())).name());
        researchers.add(other.authors().get(random.nextInt(other.authors().size())).name());
        s = new Subscription(name, "", Set.of(), Set.of(), Set.of(), researchers, "daily", "UTC", 20, List.of());
      } else {
        s = new Subscription(name, "", Set.of(), Set.of(), Set.of(p.categories().getFirst()), Set.of(), "daily", "UTC", 20, List.of());
      }
      made.add(s);
    }
    return made;
  }

  private static List<String> titleWords(List<Paper> papers) {
    Set<String> words = new LinkedHashSet<>();
    for (Paper p : papers) {
      for (String w : p.title().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (w.length() >= 5 && w.chars().allMatch(Character::isLetter)) {
          words.add(w);
        }
      }
    }
    return List.copyOf(words);
  }
}
