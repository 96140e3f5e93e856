package dev.keepup.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keepup.graph.explore.Neighbourhood;
import dev.keepup.graph.explore.NodeKind;
import dev.keepup.graph.skill.LearningPath;
import dev.keepup.graph.skill.SkillPage;
import dev.keepup.graph.topic.TopicPage;
import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Topics, skills, posts and neighbourhoods over the real excerpt, tagged by hand. */
class GraphQueriesTest {

  @TempDir static Path home;
  static TestGraph graph;
  static final Window YEAR_1994 = new Window(Instant.parse("1994-01-01T00:00:00Z"), Instant.parse("1995-01-01T00:00:00Z"));

  @BeforeAll
  static void loadAndTag() {
    graph = new TestGraph(home);
    List<Paper> papers = ArxivExcerpt.papers();
    graph.store.upsertPapers(papers, Instant.parse("2026-01-01T00:00:00Z"));
    graph.store.upsertVocabulary(
        List.of(
            new TopicNode("ml", "Machine learning", List.of()),
            new TopicNode("nlp", "Natural language processing", List.of("ml")),
            new TopicNode("parsing", "Parsing", List.of("nlp")),
            new TopicNode("evolutionary", "Evolutionary computation", List.of("ml"))),
        List.of(
            new SkillNode("grammars", "Formal grammars", List.of()),
            new SkillNode("probability", "Probability", List.of()),
            new SkillNode("parsing-algorithms", "Parsing algorithms", List.of("grammars")),
            new SkillNode("tag-grammars", "Tree-adjoining grammars", List.of("parsing-algorithms", "probability")),
            new SkillNode("genetic-algorithms", "Genetic algorithms", List.of("probability"))));
    List<PaperTags> tags =
        papers.stream()
            .map(p -> p.id().value().startsWith("cmp-lg")
                ? new PaperTags(p.id(), List.of(new ScoredRef("parsing", 0.9), new ScoredRef("nlp", 0.6)), List.of(new ScoredRef("tag-grammars", 0.8)))
                : new PaperTags(p.id(), List.of(new ScoredRef("evolutionary", 0.7)), List.of(new ScoredRef("genetic-algorithms", 0.5))))
            .toList();
    graph.store.tagPapers(tags);
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  @Test
  void topicPageRanksActiveAndInfluentialResearchersAndRelatedTopics() {
    TopicPage page = graph.store.topics().page("parsing", YEAR_1994).orElseThrow();

    assertThat(page.broader()).extracting(Ranked::id).containsExactly("nlp");
    assertThat(page.papers()).isEqualTo(6);
    assertThat(page.previousPapers()).isZero();
    assertThat(page.growth()).isEqualTo(7.0);
    assertThat(page.active().getFirst()).isEqualTo(new Ranked("b srinivas", "B. Srinivas", 5.0));
    assertThat(page.influential().getFirst().id()).isEqualTo("b srinivas");
    assertThat(page.related()).extracting(Ranked::id).containsExactly("nlp");
    assertThat(page.newest()).extracting(PaperSummary::id).startsWith("cmp-lg/9411004", "cmp-lg/9411006");
    assertThat(graph.store.topics().page("no-such-topic", YEAR_1994)).isEmpty();
  }

  @Test
  void trendingRanksGrowthAgainstThePreviousWindow() {
    List<Ranked> trending = graph.store.topics().trending(YEAR_1994, 1, 10);

    assertThat(trending).extracting(Ranked::id).containsExactly("nlp", "parsing");
    assertThat(trending.getFirst().score()).isEqualTo(7.0);
  }

  @Test
  void skillPageListsPrerequisitesInLearningOrder() {
    SkillPage page = graph.store.skills().page("tag-grammars").orElseThrow();

    assertThat(page.prerequisites()).extracting(Ranked::id).containsExactly("grammars", "parsing-algorithms", "probability");
    assertThat(page.papers()).hasSize(6);
    assertThat(page.researchers().getFirst().id()).isEqualTo("b srinivas");
    assertThat(page.researchers().getFirst().score()).isEqualTo(5 * 0.8, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void learningPathToATopicGoesThroughItsSkillsWithReadingLists() {
    LearningPath path = graph.store.skills().learningPath("parsing").orElseThrow();

    assertThat(path.steps()).extracting(s -> s.skill().id())
        .containsExactly("grammars", "parsing-algorithms", "probability", "tag-grammars");
    assertThat(path.steps().getLast().reading()).hasSize(3);
    assertThat(path.steps().getFirst().reading()).isEmpty();
    assertThat(graph.store.skills().learningPath("genetic-algorithms").orElseThrow().steps())
        .extracting(s -> s.skill().id()).containsExactly("probability", "genetic-algorithms");
    assertThat(graph.store.skills().learningPath("nothing-here")).isEmpty();
  }

  @Test
  void retaggingReplacesAPapersTags() {
    PaperId id = PaperId.of("1105.0355");
    graph.store.tagPapers(List.of(new PaperTags(id, List.of(new ScoredRef("ml", 0.4)), List.of())));

    assertThat(graph.count("MATCH (:Paper {id: '1105.0355'})-[:HAS_TOPIC]->(t) RETURN count(t)", Map.of())).isEqualTo(1);
    assertThat(graph.count("MATCH (:Paper {id: '1105.0355'})-[:USES_SKILL]->(s) RETURN count(s)", Map.of())).isZero();
  }

  @Test
  void postsMentionPapersEvenWhenThePaperArrivesLater() {
    graph.store.linkFromSource(new SourceNode("blog:lilianweng", "blog", "Lil'Log", "https://lilianweng.github.io/index.xml"), List.of());
    graph.store.upsertPosts(List.of(new PostNode(URI.create("https://lilianweng.github.io/posts/2024-tags/"), "On TAG", "",
        Instant.parse("2024-01-01T00:00:00Z"), "blog:lilianweng", List.of(PaperId.of("cmp-lg/9410015"), PaperId.of("2503.99999")))));

    assertThat(graph.count("MATCH (:Post)-[:MENTIONS]->(p:Paper) RETURN count(p)", Map.of())).isEqualTo(1);

    Instant t = Instant.parse("2025-03-01T00:00:00Z");
    graph.store.upsertPapers(List.of(new Paper(PaperId.of("2503.99999"), 1, "Later paper", "", List.of(new Author("Late Author")),
        List.of("cs.CL"), t, t, null, null, null)), t);

    assertThat(graph.count("MATCH (:Post)-[:MENTIONS]->(p:Paper) RETURN count(p)", Map.of())).isEqualTo(2);
    assertThat(graph.count("MATCH (w:MentionWaiting) RETURN count(w)", Map.of())).isZero();
    assertThat(graph.count("MATCH (:Post)-[:FROM_SOURCE]->(:Source {kind: 'blog'}) RETURN count(*)", Map.of())).isEqualTo(1);
  }

  @Test
  void papersLinkToTheirSourceAndAuthorsToTheirOrganizations() {
    Instant t = Instant.parse("2025-04-01T00:00:00Z");
    graph.store.upsertPapers(List.of(new Paper(PaperId.of("2504.00001"), 1, "Affiliated", "",
        List.of(new Author("Ada Affiliated", List.of("University of Szeged", "  "))), List.of("cs.LG"), t, t, null, null, null)), t);
    graph.store.linkFromSource(new SourceNode("arxiv-rss:cs.LG", "arxiv", "arXiv cs.LG", "https://rss.arxiv.org/rss/cs.LG"),
        List.of(PaperId.of("2504.00001"), PaperId.of("cmp-lg/9410010")));

    assertThat(graph.count("MATCH (:Researcher {key: 'ada affiliated'})-[:AFFILIATED_WITH]->(o:Organization {key: 'university of szeged'}) RETURN count(o)", Map.of())).isEqualTo(1);
    assertThat(graph.count("MATCH (:Paper)-[:FROM_SOURCE]->(:Source {id: 'arxiv-rss:cs.LG'}) RETURN count(*)", Map.of())).isEqualTo(2);
  }

  @Test
  void neighbourhoodIsCappedAndUsesReadableIds() {
    Neighbourhood one = graph.store.explorer().neighbourhood(NodeKind.RESEARCHER, "beth ann hockey", 1, 100).orElseThrow();
    Neighbourhood capped = graph.store.explorer().neighbourhood(NodeKind.RESEARCHER, "beth ann hockey", 2, 6).orElseThrow();

    assertThat(one.centre()).isEqualTo("Researcher:beth ann hockey");
    assertThat(one.nodes()).hasSize(5).extracting(Neighbourhood.Node::label).containsOnly("Researcher", "Paper");
    assertThat(one.edges()).hasSize(4).allSatisfy(e -> {
      assertThat(e.source()).isEqualTo("Researcher:beth ann hockey");
      assertThat(e.type()).isEqualTo("AUTHORED");
    });
    assertThat(one.truncated()).isFalse();
    assertThat(capped.nodes()).hasSize(6);
    assertThat(capped.truncated()).isTrue();
    assertThat(graph.store.explorer().neighbourhood(NodeKind.TOPIC, "nope", 1, 10)).isEmpty();
    assertThatThrownBy(() -> graph.store.explorer().neighbourhood(NodeKind.TOPIC, "ml", 3, 10)).isInstanceOf(IllegalArgumentException.class);
  }
}
