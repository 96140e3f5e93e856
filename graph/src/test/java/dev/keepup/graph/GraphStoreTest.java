package dev.keepup.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.graph.embedded.EmbeddedNeo4j;
import dev.keepup.graph.schema.Schema;
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
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;

class GraphStoreTest {

  @TempDir static Path home;
  static TestGraph graph;
  static EmbeddedNeo4j neo4j;
  static Driver driver;
  static GraphStore store;

  @BeforeAll
  static void start() {
    graph = new TestGraph(home);
    neo4j = graph.neo4j;
    driver = graph.driver;
    store = graph.store;
  }

  @AfterAll
  static void stop() {
    graph.close();
  }

  private static Paper paper(String id, int version, String title, List<String> authors, List<String> categories) {
    Instant t = Instant.parse("2024-05-0" + version + "T00:00:00Z");
    return new Paper(PaperId.of(id), version, title, "abstract of " + title,
        authors.stream().map(Author::new).toList(), categories, Instant.parse("2024-05-01T00:00:00Z"), t,
        null, null, null);
  }

  private static long count(String cypher, Map<String, Object> params) {
    return graph.count(cypher, params);
  }

  @Test
  void boltRefusesAWrongPassword() {
    try (Driver wrong = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "not-the-password"))) {
      org.assertj.core.api.Assertions.assertThatThrownBy(wrong::verifyConnectivity)
          .isInstanceOf(AuthenticationException.class);
    }
  }

  @Test
  void upsertIsIdempotentAndLinksAuthorsInOrder() {
    Paper p = paper("2501.00001", 1, "Idempotent writes", List.of("Grace Hopper", "Edsger Dijkstra"), List.of("cs.DB", "cs.LG"));
    Instant first = Instant.parse("2026-01-01T00:00:00Z");

    UpsertResult once = store.upsertPapers(List.of(p), first);
    UpsertResult twice = store.upsertPapers(List.of(p), Instant.parse("2026-02-01T00:00:00Z"));

    assertThat(once.created()).hasSize(1);
    assertThat(twice.changed()).isEmpty();
    assertThat(twice.unchanged()).isEqualTo(1);
    StoredPaper stored = store.paper(p.id()).orElseThrow();
    assertThat(stored.paper()).isEqualTo(p);
    assertThat(stored.firstSeen()).isEqualTo(first);
    assertThat(count("MATCH (:Researcher)-[a:AUTHORED]->(:Paper {id: $id}) RETURN count(a)", Map.of("id", "2501.00001"))).isEqualTo(2);
    assertThat(count("MATCH (:Paper {id: $id})-[e:IN_CATEGORY {primary: true}]->(:Category {code: 'cs.DB'}) RETURN count(e)", Map.of("id", "2501.00001"))).isEqualTo(1);
  }

  @Test
  void newVersionReplacesPropertiesAndEdgesButKeepsFirstSeen() {
    Instant first = Instant.parse("2026-01-01T00:00:00Z");
    store.upsertPapers(List.of(paper("2501.00002", 1, "Draft", List.of("Ada Lovelace", "Charles Babbage"), List.of("cs.AI"))), first);

    UpsertResult result = store.upsertPapers(
        List.of(paper("2501.00002", 2, "Final", List.of("Ada Lovelace"), List.of("cs.LG", "cs.AI"))),
        Instant.parse("2026-03-01T00:00:00Z"));
    UpsertResult late = store.upsertPapers(
        List.of(paper("2501.00002", 1, "Draft", List.of("Ada Lovelace"), List.of("cs.AI"))), Instant.now());

    assertThat(result.updated()).singleElement().satisfies(s -> assertThat(s.firstSeen()).isEqualTo(first));
    assertThat(late.changed()).isEmpty();
    StoredPaper stored = store.paper(PaperId.of("2501.00002")).orElseThrow();
    assertThat(stored.paper().version()).isEqualTo(2);
    assertThat(stored.paper().title()).isEqualTo("Final");
    assertThat(stored.paper().authors()).extracting(Author::name).containsExactly("Ada Lovelace");
    assertThat(count("MATCH (:Paper {id: '2501.00002'})-[e:IN_CATEGORY]->() RETURN count(e)", Map.of())).isEqualTo(2);
    assertThat(store.knownVersions(List.of(PaperId.of("2501.00002"), PaperId.of("2501.99999"))))
        .containsExactly(Map.entry(PaperId.of("2501.00002"), 2));
  }

  @Test
  void tagsGivenWithTheUpsertAreWrittenOnceAndReplacedOnlyByANewerVersionWithTags() {
    store.upsertVocabulary(List.of(new TopicNode("t-old", "Old topic", List.of()), new TopicNode("t-new", "New topic", List.of())),
        List.of(new SkillNode("s-tag", "Tag skill", List.of())));
    Paper v1 = paper("2501.00020", 1, "Tagged", List.of("Tag Writer"), List.of("cs.LG"));
    Paper v2 = paper("2501.00020", 2, "Tagged again", List.of("Tag Writer"), List.of("cs.LG"));
    Paper v3 = paper("2501.00020", 3, "Tagged later", List.of("Tag Writer"), List.of("cs.LG"));
    PaperTags oldTags = new PaperTags(v1.id(), List.of(new ScoredRef("t-old", 0.7)), List.of(new ScoredRef("s-tag", 0.4)), List.of("old phrase"));
    PaperTags newTags = new PaperTags(v1.id(), List.of(new ScoredRef("t-new", 0.6), new ScoredRef("t-unknown", 0.9)), List.of(),
        List.of("new phrase"));
    String tagsOf = "MATCH (:Paper {id: '2501.00020'})-[e:HAS_TOPIC|USES_SKILL]->(t) WHERE t.id = $id RETURN count(e)";

    store.upsertPapers(List.of(v1), Instant.now(), Map.of(v1, oldTags));
    store.upsertPapers(List.of(v1), Instant.now(), Map.of(v1, newTags)); // same version: unchanged, tags too
    assertThat(count(tagsOf, Map.of("id", "t-old"))).isEqualTo(1);
    assertThat(count(tagsOf, Map.of("id", "s-tag"))).isEqualTo(1);
    assertThat(count("MATCH (:Paper {id: '2501.00020'})-[e:HAS_TOPIC {topic: 't-old', score: 0.7}]->() RETURN count(e)", Map.of()))
        .isEqualTo(1);

    store.upsertPapers(List.of(v2), Instant.now()); // a newer version without tags keeps the old ones
    assertThat(count(tagsOf, Map.of("id", "t-old"))).isEqualTo(1);
    assertThat(store.paper(v1.id()).orElseThrow().paper().title()).isEqualTo("Tagged again");

    store.upsertPapers(List.of(v3), Instant.now(), Map.of(v3, newTags)); // with tags: they replace the old ones
    assertThat(count(tagsOf, Map.of("id", "t-old"))).isZero();
    assertThat(count(tagsOf, Map.of("id", "s-tag"))).isZero();
    assertThat(count(tagsOf, Map.of("id", "t-new"))).isEqualTo(1);
    assertThat(count("MATCH (:Paper {id: '2501.00020'})-[e:HAS_TOPIC]->() RETURN count(e)", Map.of())).isEqualTo(1);
    assertThat(count("MATCH (p:Paper {id: '2501.00020'}) WHERE p.keyphrases = ['new phrase'] RETURN count(p)", Map.of())).isEqualTo(1);
    assertThat(count("MATCH (:Researcher)-[a:AUTHORED]->(:Paper {id: '2501.00020'}) RETURN count(a)", Map.of())).isEqualTo(1);
  }

  @Test
  void sameNameWithOtherAccentsIsOneResearcher() {
    store.upsertPapers(List.of(
        paper("2501.00003", 1, "One", List.of("Csaba Balázs"), List.of("hep-ph")),
        paper("2501.00004", 1, "Two", List.of("Csaba Balazs"), List.of("hep-ph"))), Instant.now());

    assertThat(count("MATCH (r:Researcher {key: 'csaba balazs'})-[:AUTHORED]->(p) RETURN count(p)", Map.of())).isEqualTo(2);
  }

  @Test
  void forEachTaggedPaperReadsEveryPaperOnceInIdOrderAndBatchesWithTheTagsAndKeyphrasesKept() {
    store.upsertPapers(List.of(
        paper("2502.00003", 1, "C", List.of("A One"), List.of("cs.LG")),
        paper("2502.00001", 1, "A", List.of("A One", "B Two"), List.of("cs.LG")),
        paper("2502.00002", 1, "B", List.of("B Two"), List.of("cs.LG"))), Instant.now());
    store.upsertVocabulary(List.of(new TopicNode("t-low", "Low topic", List.of()), new TopicNode("t-high", "High topic", List.of())),
        List.of(new SkillNode("s-one", "One skill", List.of())));
    store.tagPapers(List.of(
        new PaperTags(PaperId.of("2502.00001"), List.of(new ScoredRef("t-low", 0.2), new ScoredRef("t-high", 0.9)),
            List.of(new ScoredRef("s-one", 0.5)), List.of("tree adjoining grammar", "parsing")),
        new PaperTags(PaperId.of("2502.00002"), List.of(), List.of(), List.of())));
    Map<String, TaggedPaper> papers = new java.util.LinkedHashMap<>();
    List<Integer> sizes = new java.util.ArrayList<>();

    long total = store.forEachTaggedPaper(2, batch -> {
      sizes.add(batch.size());
      batch.forEach(p -> assertThat(papers.put(p.stored().paper().id().value(), p)).isNull());
    });

    assertThat(total).isEqualTo(store.counts().papers());
    assertThat(List.copyOf(papers.keySet())).isSorted().contains("2502.00001", "2502.00002", "2502.00003");
    assertThat(sizes.subList(0, sizes.size() - 1)).containsOnly(2);
    assertThat(papers.get("2502.00001").stored().paper().authors()).extracting(Author::name).containsExactly("A One", "B Two");
    assertThat(papers.get("2502.00001").tags()).contains(
        new StoredTags(List.of("High topic", "Low topic"), List.of("One skill"), List.of("tree adjoining grammar", "parsing")));
    assertThat(papers.get("2502.00002").tags()).as("tagged, with nothing found").contains(new StoredTags(List.of(), List.of(), List.of()));
    assertThat(papers.get("2502.00003").tags()).as("never tagged").isEmpty();
  }

  @Test
  void forEachPostReadsEveryPostWithItsTextInUrlOrderAndBatchesAndAnOldPostWithoutText() {
    store.linkFromSource(new SourceNode("blog:example", "blog", "Example", "https://blog.example.org/feed.xml"), List.of());
    Instant t = Instant.parse("2025-01-01T00:00:00Z");
    store.upsertPosts(List.of(
        new PostNode(URI.create("https://blog.example.org/c"), "Post C", "text of c", t, "blog:example", List.of()),
        new PostNode(URI.create("https://blog.example.org/a"), "Post A", "text of a", t, "blog:example", List.of())));
    graph.count("CREATE (p:Post {url: 'https://blog.example.org/b', title: 'Post B, stored without its text', published: datetime()}) "
        + "RETURN count(p)", Map.of());
    List<StoredPost> posts = new java.util.ArrayList<>();
    List<Integer> sizes = new java.util.ArrayList<>();

    long total = store.forEachPost(2, batch -> {
      sizes.add(batch.size());
      posts.addAll(batch);
    });

    assertThat(total).isEqualTo(count("MATCH (p:Post) RETURN count(p)", Map.of()));
    assertThat(posts).filteredOn(p -> p.url().getHost().equals("blog.example.org")).containsExactly(
        new StoredPost(URI.create("https://blog.example.org/a"), "Post A", "text of a"),
        new StoredPost(URI.create("https://blog.example.org/b"), "Post B, stored without its text", ""),
        new StoredPost(URI.create("https://blog.example.org/c"), "Post C", "text of c"));
    assertThat(sizes.subList(0, sizes.size() - 1)).containsOnly(2);
  }

  @Test
  void aRoutingUriWithCredentialsReachesTheServerLikeAnExternalOne() {
    URI external = URI.create("neo4j://127.0.0.1:" + neo4j.boltUri().getPort());
    try (Driver remote = GraphDatabase.driver(external, AuthTokens.basic(EmbeddedNeo4j.USER, neo4j.password()))) {
      remote.verifyConnectivity();
      assertThat(Schema.apply(remote, "neo4j")).isEqualTo(Schema.latestVersion());
      GraphStore viaUri = new GraphStore(remote, "neo4j");
      viaUri.upsertPapers(List.of(paper("2501.00009", 1, "Over the wire", List.of("Remote Person"), List.of("cs.DC"))), Instant.now());

      assertThat(store.paper(PaperId.of("2501.00009"))).isPresent();
      assertThat(viaUri.researchers().keyOf("Remote Person")).isEqualTo("remote person");
    }
  }

  @Test
  void schemaIsAppliedOnceAndReapplyingChangesNothing() {
    assertThat(Schema.apply(driver, "neo4j")).isEqualTo(Schema.latestVersion());
    assertThat(count("SHOW CONSTRAINTS YIELD name WHERE name = 'paper_id' RETURN count(*)", Map.of())).isEqualTo(1);
  }
}
