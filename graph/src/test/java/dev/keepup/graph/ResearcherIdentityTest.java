package dev.keepup.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keepup.graph.researcher.CollaborationPath;
import dev.keepup.graph.researcher.IdentityChange;
import dev.keepup.graph.researcher.ResearcherProfile;
import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who is who, on real author lists of arXiv (see src/test/resources/arxiv-ml/README.md). */
class ResearcherIdentityTest {

  @TempDir static Path home;
  static TestGraph graph;
  static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @BeforeAll
  static void loadRealAuthorLists() {
    graph = new TestGraph(home);
    for (Paper p : ArxivExcerpt.papers()) { // one at a time, in the order arXiv published them
      graph.store.upsertPapers(List.of(p), NOW);
    }
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  private static String authorOf(String paper, int position) {
    try (var session = graph.driver.session()) {
      return session
          .run("MATCH (r:Researcher)-[:AUTHORED {position: $pos}]->(:Paper {id: $id}) RETURN r.key", Map.of("id", paper, "pos", position))
          .single().get(0).asString();
    }
  }

  private static Paper paper(String id, String... authors) {
    Instant t = Instant.parse("2020-01-01T00:00:00Z");
    return new Paper(PaperId.of(id), 1, "Paper " + id, "", List.of(authors).stream().map(Author::new).toList(),
        List.of("cs.NE"), t, t, null, null, null);
  }

  @Test
  void initialsJoinTheFullNameThatSharesACoauthor() {
    // cmp-lg/9410030 is by "B. A. Hockey" and "B. Srinivas"; Beth Ann Hockey wrote with B. Srinivas
    assertThat(authorOf("cmp-lg/9410030", 1)).isEqualTo("beth ann hockey");
    assertThat(authorOf("cmp-lg/9410030", 2)).isEqualTo("b srinivas");
    // the name as the paper shows it leads to that researcher's profile; one nobody wrote keeps its key
    assertThat(graph.store.researchers().keysOf(List.of("B. A. Hockey", "B. Srinivas", "Q. Nobody")))
        .containsExactly("beth ann hockey", "b srinivas", "q nobody");
  }

  @Test
  void exactInitialsWinOverAPrefixAndOtherFullNamesStayApart() {
    // "P. A. Castillo" could be "Pedro A. Castillo" (exact initials) or "Pedro Castillo" (prefix);
    // both wrote with J. J. Merelo, but only the exact one wins
    assertThat(authorOf("1105.4971", 1)).isEqualTo("pedro a castillo");
    assertThat(authorOf("1105.4978", 1)).isEqualTo("pedro a castillo");
    assertThat(authorOf("cs/0603004", 1)).isEqualTo("p a castillo"); // came before any full form
    assertThat(authorOf("0803.1926", 4)).isEqualTo("pedro castillo"); // a missed merge, not a wrong one
  }

  @Test
  void texDebrisAndAccentsDoNotMakeNewPeople() {
    assertThat(authorOf("1304.0640", 2)).isEqualTo("michiel d haene");
    assertThat(authorOf("2510.02569", 1)).isEqualTo("tolulope ogunremi");
    assertThat(authorOf("2512.04219", 3)).isEqualTo("sathyanarayanan n aakur");
    assertThat(graph.count("MATCH (r:Researcher {key: 'michiel d haene'}) RETURN count(r)", Map.of())).isEqualTo(1);
  }

  @Test
  void displayNameIsTheFormWrittenMostOften() {
    ResearcherProfile hockey = graph.store.researchers().profile("beth ann hockey", NOW).orElseThrow();

    assertThat(hockey.name()).isEqualTo("Beth Ann Hockey");
    assertThat(hockey.nameForms()).extracting(Ranked::name).containsExactly("Beth Ann Hockey", "B. A. Hockey");
  }

  @Test
  void profileListsPapersNewestFirstCoauthorsAndMonthlyActivity() {
    ResearcherProfile hockey = graph.store.researchers().profile("beth ann hockey", NOW).orElseThrow();

    assertThat(hockey.papers()).extracting(PaperSummary::id)
        .containsExactly("cmp-lg/9411004", "cmp-lg/9411006", "cmp-lg/9410030", "cmp-lg/9410010");
    assertThat(hockey.coauthors()).extracting(Ranked::id).startsWith("b srinivas", "dania egedi", "christy doran");
    assertThat(hockey.coauthors().getFirst().score()).isEqualTo(3.0);
    assertThat(hockey.activity()).containsExactly(
        new ResearcherProfile.MonthActivity("1994-10", 2), new ResearcherProfile.MonthActivity("1994-11", 2));
  }

  @Test
  void sameInitialsOnTwoEquallyLikelyPeopleMergeWithNeither() {
    graph.store.upsertPapers(List.of(paper("2001.00001", "Jing Wang", "Wei Zhang"), paper("2001.00002", "Jun Wang", "Wei Zhang")), NOW);

    graph.store.upsertPapers(List.of(paper("2001.00003", "J. Wang", "Wei Zhang")), NOW);

    assertThat(authorOf("2001.00003", 1)).isEqualTo("j wang");
  }

  @Test
  void collaborationPathGoesThroughSharedPapers() {
    CollaborationPath path = graph.store.researchers().collaborationPath("aravind k joshi", "beth ann hockey").orElseThrow();

    assertThat(path.hops()).isEqualTo(2);
    assertThat(path.researchers()).extracting(Ranked::id).containsExactly("aravind k joshi", "b srinivas", "beth ann hockey");
    assertThat(graph.store.researchers().collaborationPath("aravind k joshi", "jean rouat")).isEmpty();
  }

  @Test
  void mergeMovesPapersAndLaterIngestsFollowTheAliasUntilSplit() {
    var researchers = graph.store.researchers();
    graph.store.upsertPapers(List.of(paper("2002.00001", "Ana Merge", "Bob Other"), paper("2002.00002", "Ana M. Merge")), NOW);

    IdentityChange merged = researchers.merge("ana m merge", "ana merge");
    graph.store.upsertPapers(List.of(paper("2002.00003", "Ana Merge")), NOW);

    assertThat(merged.movedAuthorships()).isEqualTo(1);
    assertThat(authorOf("2002.00001", 1)).isEqualTo("ana m merge");
    assertThat(authorOf("2002.00003", 1)).isEqualTo("ana m merge");
    assertThat(researchers.keyOf("Ana Merge")).isEqualTo("ana m merge");
    assertThat(researchers.keysOf(List.of("Nobody Here", "Ana Merge"))).containsExactly("nobody here", "ana m merge");

    IdentityChange split = researchers.split("ana m merge", "Ana Merge");
    graph.store.upsertPapers(List.of(paper("2002.00004", "Ana Merge")), NOW);

    assertThat(split.movedAuthorships()).isEqualTo(2);
    assertThat(authorOf("2002.00001", 1)).isEqualTo("ana merge");
    assertThat(authorOf("2002.00002", 1)).isEqualTo("ana m merge");
    assertThat(authorOf("2002.00004", 1)).isEqualTo("ana merge");
    assertThat(researchers.profile("ana m merge", NOW).orElseThrow().papers()).extracting(PaperSummary::id).containsExactly("2002.00002");
  }

  @Test
  void identityFixesRefuseNonsense() {
    var researchers = graph.store.researchers();
    assertThatThrownBy(() -> researchers.merge("b srinivas", "b srinivas")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> researchers.merge("b srinivas", "nobody at all")).hasMessageContaining("no researcher");
    assertThatThrownBy(() -> researchers.split("b srinivas", "B. Srinivas")).hasMessageContaining("own name form");
    assertThatThrownBy(() -> researchers.split("b srinivas", "Someone Else")).hasMessageContaining("no paper written as");
  }

  @Test
  void ingestingTheSameListsAgainChangesNothing() {
    long researchers = graph.count("MATCH (r:Researcher) RETURN count(r)", Map.of());
    long authorships = graph.count("MATCH ()-[a:AUTHORED]->() RETURN count(a)", Map.of());

    UpsertResult again = graph.store.upsertPapers(ArxivExcerpt.papers(), NOW);

    assertThat(again.changed()).isEmpty();
    assertThat(graph.count("MATCH (r:Researcher) RETURN count(r)", Map.of())).isEqualTo(researchers);
    assertThat(graph.count("MATCH ()-[a:AUTHORED]->() RETURN count(a)", Map.of())).isEqualTo(authorships);
  }
}
