package dev.keepup.graph;

import dev.keepup.graph.identity.NameForm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.TransactionContext;

/**
 * Decides which researcher each author of a batch is, by this rule (a wrong merge is worse than a
 * missed one):
 *
 * <ol>
 *   <li>An alias set by {@code researchers merge/split} wins.
 *   <li>Otherwise a name with a given name spelled out is the researcher of its key (the folded
 *       full name): "Csaba Balázs", "Csaba Balazs" and "Balázs, Csaba" are one researcher.
 *   <li>A name with initials only ("C. Balázs") joins a full-name researcher with the same surname
 *       and compatible initials only on evidence: the candidate shares a co-author with this paper,
 *       or (when it is the only candidate) has published in this paper's primary category. Exact
 *       initials ("B. A." for "Beth Ann") beat a prefix ("B." for "Beth Ann"). Among several
 *       candidates with shared co-authors, one wins only if it shares strictly the most, and at
 *       least two; otherwise the form is ambiguous and merges with none. Without a merge the form is its
 *       own researcher, keyed by its own folded form.
 * </ol>
 *
 * Full-name authors of the batch are written before initials are resolved, in the same
 * transaction, so evidence within one batch counts.
 */
final class ResearcherResolver {

  /** One author of one paper in the batch. */
  record Authorship(String paper, int position, NameForm form, List<String> affiliations, List<String> coauthors, String category) {}

  /** From the count store: no lookup per name while nobody has merged or split a researcher. */
  private static final String ANY_ALIAS = "MATCH (a:ResearcherAlias) RETURN count(a) > 0 AS any";

  private static final String ALIASES =
      """
      UNWIND $keys AS k
      MATCH (:ResearcherAlias {key: k})-[:ALIAS_OF]->(r:Researcher)
      RETURN k AS key, r.key AS target
      """;

  private static final String CANDIDATES =
      """
      UNWIND $rows AS row
      MATCH (r:Researcher {initialsKey: row.initialsKey}) WHERE r.full
      RETURN row.i AS i, r.key AS key, r.name AS name,
        COUNT { (r)-[:AUTHORED]->(:Paper)<-[:AUTHORED]-(co:Researcher) WHERE co.key IN row.coauthors } AS sharedCoauthors,
        EXISTS { (r)-[:AUTHORED]->(p:Paper) WHERE row.category IN p.categories } AS sharedCategory
      """;

  private ResearcherResolver() {}

  /** The aliased key of each name key that has one. */
  static Map<String, String> aliases(TransactionContext tx, List<Authorship> authorships) {
    Map<String, String> aliases = new HashMap<>();
    if (!tx.run(ANY_ALIAS).single().get("any").asBoolean()) {
      return aliases;
    }
    List<String> keys = authorships.stream().map(a -> a.form().key()).distinct().toList();
    tx.run(ALIASES, Map.of("keys", keys)).forEachRemaining(r -> aliases.put(r.get("key").asString(), r.get("target").asString()));
    return aliases;
  }

  /** The researcher key of each initials-only authorship, by index in {@code initialsOnly}. */
  static List<String> resolveInitials(TransactionContext tx, List<Authorship> initialsOnly) {
    List<Map<String, Object>> rows = new ArrayList<>(initialsOnly.size());
    for (int i = 0; i < initialsOnly.size(); i++) {
      Authorship a = initialsOnly.get(i);
      rows.add(Map.of("i", i, "initialsKey", a.form().initialsKey(), "coauthors", a.coauthors(), "category", a.category()));
    }
    Map<Integer, List<Candidate>> candidates = new HashMap<>();
    tx.run(CANDIDATES, Map.of("rows", rows))
        .forEachRemaining(
            r ->
                candidates
                    .computeIfAbsent(r.get("i").asInt(), i -> new ArrayList<>())
                    .add(new Candidate(r.get("key").asString(), NameForm.parse(r.get("name").asString()),
                        r.get("sharedCoauthors").asLong(), r.get("sharedCategory").asBoolean())));
    List<String> keys = new ArrayList<>(initialsOnly.size());
    for (int i = 0; i < initialsOnly.size(); i++) {
      NameForm form = initialsOnly.get(i).form();
      keys.add(choose(form, candidates.getOrDefault(i, List.of())).orElse(form.key()));
    }
    return keys;
  }

  /** The one candidate the evidence points to, if exactly one. */
  static Optional<String> choose(NameForm form, List<Candidate> candidates) {
    List<Candidate> compatible = candidates.stream().filter(c -> form.compatibleWith(c.form())).toList();
    List<Candidate> exact = compatible.stream().filter(c -> form.sameInitialsAs(c.form())).toList();
    for (List<Candidate> tier : List.of(exact, compatible)) {
      List<Candidate> byCoauthors = tier.stream().filter(c -> c.sharedCoauthors() > 0).toList();
      if (byCoauthors.size() == 1) {
        return Optional.of(byCoauthors.getFirst().key());
      }
      if (byCoauthors.size() > 1) {
        Candidate best = byCoauthors.stream().max(Comparator.comparingLong(Candidate::sharedCoauthors)).orElseThrow();
        long ties = byCoauthors.stream().filter(c -> c.sharedCoauthors() == best.sharedCoauthors()).count();
        return ties == 1 && best.sharedCoauthors() >= 2 ? Optional.of(best.key()) : Optional.empty();
      }
      if (tier.size() == 1 && compatible.size() == 1 && tier.getFirst().sharedCategory()) {
        return Optional.of(tier.getFirst().key());
      }
    }
    return Optional.empty();
  }

  /** A full-name researcher an initials-only form could belong to, with the evidence for it. */
  record Candidate(String key, NameForm form, long sharedCoauthors, boolean sharedCategory) {}
}
