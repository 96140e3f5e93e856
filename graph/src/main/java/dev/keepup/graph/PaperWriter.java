package dev.keepup.graph;

import dev.keepup.graph.ResearcherResolver.Authorship;
import dev.keepup.graph.identity.NameForm;
import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.TransactionContext;

/** The body of one batch upsert of papers, run inside a managed write transaction. */
final class PaperWriter {

  private PaperWriter() {}

  /** The edges a paper's newer version replaces, without and with its tags. */
  private static final List<String> EDGES = List.of("IN_CATEGORY", "AUTHORED");
  private static final List<String> EDGES_WITH_TAGS = List.of("IN_CATEGORY", "AUTHORED", "HAS_TOPIC", "USES_SKILL");

  /**
   * Upserts the newest version of each paper of {@code batch}, with the tags {@code tags} holds for
   * that exact paper, if any (a changed paper without keeps its old tags until {@link
   * GraphStore#tagPapers} replaces them).
   */
  static UpsertResult upsert(TransactionContext tx, List<Paper> batch, Instant seenAt, Map<Paper, PaperTags> tags) {
    Map<PaperId, Paper> newest = newestPerId(batch);
    Map<String, Known> known = new HashMap<>();
    List<String> ids = newest.keySet().stream().map(PaperId::value).toList();
    tx.run(PaperCypher.KNOWN_VERSIONS, Map.of("ids", ids)).forEachRemaining(r -> known.put(r.get("id").asString(), Known.of(r)));
    List<StoredPaper> created = new ArrayList<>();
    List<StoredPaper> updated = new ArrayList<>();
    for (Paper p : newest.values()) {
      Known k = known.get(p.id().value());
      if (k == null) {
        created.add(new StoredPaper(p, seenAt));
      } else if (k.version() < p.version()) {
        updated.add(new StoredPaper(p, k.firstSeen()));
      }
    }
    List<Paper> changed = new ArrayList<>();
    created.forEach(s -> changed.add(s.paper()));
    updated.forEach(s -> changed.add(s.paper()));
    if (!changed.isEmpty()) {
      if (!updated.isEmpty()) {
        List<Map<String, Object>> drops = updated.stream()
            .map(s -> Map.<String, Object>of("id", s.paper().id().value(),
                "types", tags.containsKey(s.paper()) ? EDGES_WITH_TAGS : EDGES))
            .toList();
        tx.run(PaperCypher.DROP_PAPER_EDGES, Map.of("rows", drops)).consume();
      }
      write(tx, changed, seenAt, tags);
    }
    return new UpsertResult(created, updated, batch.size() - created.size() - updated.size());
  }

  /**
   * Writes the papers with their categories and the authors known by name or alias, then links
   * authors written with initials only, so evidence within the batch counts.
   */
  private static void write(TransactionContext tx, List<Paper> papers, Instant seenAt, Map<Paper, PaperTags> tags) {
    List<Authorship> all = authorships(papers);
    Map<String, String> aliases = ResearcherResolver.aliases(tx, all);
    Map<String, List<Map<String, Object>>> direct = new HashMap<>();
    List<Authorship> initialsOnly = new ArrayList<>();
    List<Map<String, Object>> linked = new ArrayList<>(all.size());
    for (Authorship a : all) {
      String alias = aliases.get(a.form().key());
      if (alias != null || !a.form().initialsOnly()) {
        Map<String, Object> row = row(a, alias == null ? a.form().key() : alias);
        direct.computeIfAbsent(a.paper(), p -> new ArrayList<>()).add(row);
        linked.add(row);
      } else {
        initialsOnly.add(a);
      }
    }
    Set<String> renamed = new HashSet<>(keys(tx.run(PaperCypher.UPSERT_PAPERS, Map.of("rows", papers(papers, direct, tags), "seenAt", utc(seenAt)))));
    if (!initialsOnly.isEmpty()) {
      List<String> keys = ResearcherResolver.resolveInitials(tx, initialsOnly);
      List<Map<String, Object>> resolved = new ArrayList<>(initialsOnly.size());
      for (int i = 0; i < initialsOnly.size(); i++) {
        Map<String, Object> row = row(initialsOnly.get(i), keys.get(i));
        row.put("paper", initialsOnly.get(i).paper());
        resolved.add(row);
      }
      renamed.addAll(keys(tx.run(PaperCypher.LINK_AUTHORS, Map.of("rows", resolved))));
      linked.addAll(resolved);
    }
    List<Map<String, Object>> organizations = new ArrayList<>();
    for (Map<String, Object> row : linked) {
      for (Object org : (List<?>) row.get("affiliations")) {
        String key = NameForm.fold((String) org);
        if (!key.isEmpty()) {
          organizations.add(Map.of("key", row.get("key"), "org", key, "name", ((String) org).strip()));
        }
      }
    }
    if (!organizations.isEmpty()) {
      tx.run(PaperCypher.LINK_ORGANIZATIONS, Map.of("rows", organizations)).consume();
    }
    if (!renamed.isEmpty()) {
      tx.run(PaperCypher.REFRESH_DISPLAY_NAMES, Map.of("keys", List.copyOf(renamed))).consume();
    }
  }

  /** The researcher keys a statement returns. */
  private static List<String> keys(Result result) {
    return result.list(r -> r.get("key").asString());
  }

  private static List<Authorship> authorships(List<Paper> papers) {
    List<Authorship> all = new ArrayList<>();
    for (Paper p : papers) {
      List<NameForm> forms = p.authors().stream().map(a -> NameForm.parse(a.name())).toList();
      for (int i = 0; i < forms.size(); i++) {
        List<String> coauthors = forms.get(i).initialsOnly() ? coauthors(forms, i) : List.of(); // evidence for initials only
        Author author = p.authors().get(i);
        all.add(new Authorship(p.id().value(), i + 1, forms.get(i), author.affiliations(), coauthors, p.primaryCategory()));
      }
    }
    return all;
  }

  private static List<String> coauthors(List<NameForm> forms, int self) {
    List<String> keys = new ArrayList<>(forms.size() - 1);
    for (int j = 0; j < forms.size(); j++) {
      if (j != self) {
        keys.add(forms.get(j).key());
      }
    }
    return keys;
  }

  private static Map<String, Object> row(Authorship a, String key) {
    Map<String, Object> row = new HashMap<>();
    row.put("key", key);
    row.put("name", a.form().written());
    row.put("display", a.form().display());
    row.put("initialsKey", a.form().initialsKey());
    row.put("full", !a.form().initialsOnly());
    row.put("position", a.position());
    row.put("affiliations", a.affiliations());
    return row;
  }

  static Map<PaperId, Paper> newestPerId(List<Paper> batch) {
    Map<PaperId, Paper> newest = new LinkedHashMap<>();
    for (Paper p : batch) {
      newest.merge(p.id(), p, (a, b) -> b.version() > a.version() ? b : a);
    }
    return newest;
  }

  private static List<Map<String, Object>> papers(
      List<Paper> papers, Map<String, List<Map<String, Object>>> authors, Map<Paper, PaperTags> tags) {
    List<Map<String, Object>> rows = new ArrayList<>(papers.size());
    for (Paper p : papers) {
      Map<String, Object> row = new HashMap<>();
      row.put("id", p.id().value());
      row.put("version", p.version());
      row.put("title", p.title());
      row.put("summary", p.summary());
      row.put("categories", p.categories());
      row.put("published", utc(p.published()));
      row.put("updated", utc(p.updated()));
      row.put("doi", p.doi());
      row.put("journalRef", p.journalRef());
      row.put("comment", p.comment());
      row.put("authors", authors.getOrDefault(p.id().value(), List.of()));
      PaperTags t = tags.get(p);
      row.put("topics", t == null ? List.of() : tagRows(t.topics()));
      row.put("skills", t == null ? List.of() : tagRows(t.skills()));
      row.put("keyphrases", t == null ? null : t.keyphrases());
      rows.add(row);
    }
    return rows;
  }

  /** The rows of one paper's tags; when a tag comes twice, the last one counts. */
  static List<Map<String, Object>> tagRows(List<ScoredRef> refs) {
    Map<String, Double> scores = new LinkedHashMap<>();
    refs.forEach(r -> scores.put(r.id(), r.score()));
    List<Map<String, Object>> rows = new ArrayList<>(scores.size());
    scores.forEach((id, score) -> rows.add(Map.of("id", id, "score", score)));
    return rows;
  }

  static OffsetDateTime utc(Instant t) {
    return t.atOffset(ZoneOffset.UTC);
  }

  /** The version and first sighting the graph already has of a paper. */
  private record Known(int version, Instant firstSeen) {
    static Known of(Record r) {
      return new Known(r.get("version").asInt(), r.get("firstSeen").asZonedDateTime().toInstant());
    }
  }
}
