package dev.keepup.graph.researcher;

import dev.keepup.graph.PaperSummary;
import dev.keepup.graph.Ranked;
import dev.keepup.graph.Reader;
import dev.keepup.graph.identity.NameForm;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;

/**
 * Researchers: profiles, the shortest collaboration path between two, and the manual fixes of
 * identity ({@link #merge}, {@link #split}) for the cases the automatic rule gets wrong. A fix
 * leaves a {@code ResearcherAlias} so that later ingests of the same name form follow it.
 */
public final class Researchers {

  /** How many papers, topics, skills and co-authors a profile lists. */
  private static final int PROFILE_PAPERS = 50;
  private static final int PROFILE_TOP = 20;

  private final Reader reader;

  public Researchers(Driver driver, SessionConfig sessionConfig) {
    this.reader = new Reader(driver, sessionConfig);
  }

  /** The profile of the researcher with this key, weighting recency as of {@code now}. */
  public Optional<ResearcherProfile> profile(String key, Instant now) {
    Map<String, Object> params =
        Map.of("key", key, "now", now.atOffset(ZoneOffset.UTC), "papers", PROFILE_PAPERS, "top", PROFILE_TOP);
    List<Record> records = reader.list(ResearcherCypher.PROFILE, params);
    if (records.isEmpty()) {
      return Optional.empty();
    }
    Record r = records.getFirst();
    return Optional.of(
        new ResearcherProfile(
            r.get("key").asString(),
            r.get("name").asString(),
            r.get("nameForms").asList(Ranked::of),
            r.get("papers").asList(PaperSummary::of),
            r.get("topics").asList(Ranked::of),
            r.get("skills").asList(Ranked::of),
            r.get("coauthors").asList(Ranked::of),
            r.get("organizations").asList(v -> v.asString()),
            r.get("activity").asList(v -> new ResearcherProfile.MonthActivity(v.get("month").asString(), v.get("papers").asLong()))));
  }

  /** The researcher key that a written name resolves to now (its alias, else its own key). */
  public String keyOf(String writtenName) {
    return keysOf(List.of(writtenName)).getFirst();
  }

  /**
   * The keys of several names as written, in their order, with one query for all: a merge or split
   * alias first, then the researcher of the name's own key, then, for an initials-only name that
   * evidence joined to a full-name researcher at ingest ("B. A. Hockey" on a paper of Beth Ann
   * Hockey's), the researcher who authored papers under exactly that name. A name nobody wrote keeps
   * its own key.
   */
  public List<String> keysOf(List<String> writtenNames) {
    List<NameForm> forms = writtenNames.stream().map(NameForm::parse).toList();
    List<Map<String, Object>> rows = forms.stream()
        .map(f -> Map.<String, Object>of("key", f.key(), "initialsKey", f.initialsKey(), "display", f.display(), "initialsOnly", f.initialsOnly()))
        .distinct()
        .toList();
    Map<String, String> resolved = new HashMap<>();
    reader.list(ResearcherCypher.RESOLVE_NAMES, Map.of("forms", rows))
        .forEach(r -> resolved.put(r.get("key").asString(), r.get("target").asString()));
    return forms.stream().map(f -> resolved.getOrDefault(f.key(), f.key())).toList();
  }

  /**
   * Makes {@code gone} part of {@code keep}: its authorships, affiliations and followers move, and
   * its key becomes an alias of {@code keep}.
   *
   * @throws IllegalArgumentException if either researcher is unknown or they are the same
   */
  public IdentityChange merge(String keep, String gone) {
    if (keep.equals(gone)) {
      throw new IllegalArgumentException("cannot merge a researcher into itself: " + keep);
    }
    return reader.write(
        tx -> {
          List<Record> result = tx.run(ResearcherCypher.MERGE, Map.of("keep", keep, "gone", gone)).list();
          if (result.isEmpty()) {
            throw new IllegalArgumentException("no researcher with key '" + keep + "' or '" + gone + "'");
          }
          tx.run(ResearcherCypher.REFRESH_NAME, Map.of("key", keep)).consume();
          return new IdentityChange(keep, gone, result.getFirst().get("moved").asLong());
        });
  }

  /**
   * Takes the authorships that {@code key} holds under the name form {@code writtenForm} (compared
   * by folded form, so accents and order do not matter) out into a researcher of their own, keyed
   * by that form, and pins the form to it so that the automatic rule never merges it back.
   *
   * @throws IllegalArgumentException if the researcher is unknown, the form is its own key, or
   *     it wrote nothing under that form
   */
  public IdentityChange split(String key, String writtenForm) {
    NameForm form = NameForm.parse(writtenForm);
    if (form.key().equals(key)) {
      throw new IllegalArgumentException("'" + writtenForm + "' is the researcher's own name form; nothing to split off");
    }
    return reader.write(
        tx -> {
          List<Map<String, Object>> moves = new ArrayList<>();
          tx.run(ResearcherCypher.AUTHORSHIPS, Map.of("key", key))
              .forEachRemaining(
                  r -> {
                    if (NameForm.parse(r.get("written").asString()).key().equals(form.key())) {
                      moves.add(Map.of("paper", r.get("paper").asString(), "position", r.get("position").asInt()));
                    }
                  });
          if (moves.isEmpty()) {
            throw new IllegalArgumentException("researcher '" + key + "' has no paper written as '" + writtenForm + "'");
          }
          Map<String, Object> params =
              Map.of("from", key, "to", form.key(), "name", form.display(), "initialsKey", form.initialsKey(),
                  "full", !form.initialsOnly(), "moves", moves);
          long moved = tx.run(ResearcherCypher.SPLIT, params).single().get("moved").asLong();
          tx.run(ResearcherCypher.REFRESH_NAME, Map.of("key", key)).consume();
          tx.run(ResearcherCypher.REFRESH_NAME, Map.of("key", form.key())).consume();
          return new IdentityChange(form.key(), key, moved);
        });
  }

  /** The shortest co-authorship chain between two researchers, up to six steps. */
  public Optional<CollaborationPath> collaborationPath(String from, String to) {
    if (from.equals(to)) {
      throw new IllegalArgumentException("a collaboration path needs two researchers");
    }
    List<Record> records = reader.list(ResearcherCypher.PATH, Map.of("from", from, "to", to));
    return records.stream()
        .findFirst()
        .map(r -> new CollaborationPath(r.get("researchers").asList(Ranked::of), r.get("papers").asList(PaperSummary::of)));
  }
}
