package dev.keepup.crawler.arxiv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keepup.crawler.Fixtures;
import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ArxivApiParserTest {

  private final ArxivApiParser parser = new ArxivApiParser();

  private ArxivApiPage page(String file) throws ArxivApiException {
    return parser.parse(Fixtures.bytes("arxiv-api/" + file));
  }

  @Test
  void readsPagingFiguresOfASearchPage() throws Exception {
    ArxivApiPage page = page("q_testing_s20_m10_348a237fecab.xml");
    assertThat(page.totalResults()).isEqualTo(214881);
    assertThat(page.startIndex()).isEqualTo(20);
    assertThat(page.itemsPerPage()).isEqualTo(10);
    assertThat(page.papers()).hasSize(10);
    assertThat(page.skipped()).isEmpty();
    assertThat(page.hasMore()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "q_testing_s0_m10_bc5a6c384fe9.xml",
        "q_testing_s0_m15_80c242b59d59.xml",
        "q_testing_s0_m100_cfe7536492ca.xml",
        "q_testing_s10_m10_34e56e15aaac.xml",
        "q_testing_s30_m10_f2e39f0143dc.xml",
        "q_testing_s40_m10_96dd32eb854c.xml",
        "q_testing_s50_m10_7f488ab8598c.xml",
        "q_testing_s5_m10_c0e94a259d4a.xml",
        "q_testing_s5_m15_bbcf6b23085b.xml",
        "q_testing_s9_m15_0b78d4b4d476.xml"
      })
  void mapsEveryEntryOfEverySearchPage(String file) throws Exception {
    ArxivApiPage page = page(file);
    assertThat(page.skipped()).isEmpty();
    assertThat(page.papers()).hasSize(page.itemsPerPage());
    assertThat(page.papers())
        .allSatisfy(
            p -> {
              assertThat(p.authors()).isNotEmpty();
              assertThat(p.summary()).isNotBlank();
              assertThat(p.updated()).isAfterOrEqualTo(p.published());
            });
  }

  @Test
  void mapsAllFieldsOfTheFirstSearchResult() throws Exception {
    Paper paper = page("q_testing_s0_m10_bc5a6c384fe9.xml").papers().getFirst();
    assertThat(paper.id().value()).isEqualTo("2202.12139");
    assertThat(paper.version()).isEqualTo(1);
    assertThat(paper.title())
        .isEqualTo("Testing Deep Learning Models: A First Comparative Study of Multiple Testing Techniques");
    assertThat(paper.summary()).startsWith("Deep Learning (DL) has revolutionized").endsWith("discuss its results.");
    assertThat(paper.authors())
        .extracting(Author::name)
        .containsExactly("Mohit Kumar Ahuja", "Arnaud Gotlieb", "Helge Spieker");
    assertThat(paper.categories()).containsExactly("cs.SE", "cs.LG");
    assertThat(paper.published()).isEqualTo(Instant.parse("2022-02-24T15:05:19Z"));
    assertThat(paper.doi()).isEqualTo("10.1109/ICSTW55395.2022.00035");
    assertThat(paper.journalRef()).startsWith("Artificial Intelligence in Software Testing @ 2022 IEEE");
    assertThat(paper.comment()).isEqualTo("Artificial Intelligence in Software Testing 2022 workshop @ ICST 2022");
  }

  @Test
  void readsOldStyleIdsWithAffiliationsAndJournalRef() throws Exception {
    ArxivApiPage page = page("id_astro-ph_0601001_s0_m100_3150dca9dc76.xml");
    Paper paper = page.papers().getFirst();
    assertThat(paper.id().value()).isEqualTo("astro-ph/0601001");
    assertThat(paper.id().oldStyle()).isTrue();
    assertThat(paper.categories()).containsExactly("astro-ph");
    assertThat(paper.journalRef()).isEqualTo("ActaAstron.56:1-50,2006");
    assertThat(paper.authors())
        .containsExactly(
            new Author("Andrew Gould", java.util.List.of("Ohio State")),
            new Author("Susan Dorsher", java.util.List.of("Ohio State")),
            new Author("B. Scott Gaudi", java.util.List.of("CfA")),
            new Author("Andrzej Udalski", java.util.List.of("Warsaw University Observatory")));
  }

  @Test
  void putsThePrimaryCategoryFirst() throws Exception {
    Paper paper = page("id_quant-ph_0201082v1_s0_m100_86989fe779ef.xml").papers().getFirst();
    assertThat(paper.id().value()).isEqualTo("quant-ph/0201082");
    assertThat(paper.categories()).containsExactly("quant-ph", "cs.PL");
    assertThat(paper.comment()).isEqualTo("32 pages");
    assertThat(paper.doi()).isNull();
  }

  @Test
  void readsTheVersionFromAVersionedLookup() throws Exception {
    Paper paper = page("id_2104.12255v1_s0_m100_6ae69987ffe1.xml").papers().getFirst();
    assertThat(paper.id().value()).isEqualTo("2104.12255");
    assertThat(paper.version()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"id_1605.08386_s0_m100_199195aa31ad.xml", "id_1707.08567_s0_m100_6a1afebfc6a3.xml"})
  void findsTheLookedUpPaper(String file) throws Exception {
    String id = file.substring(3, file.indexOf("_s0"));
    ArxivApiPage page = page(file);
    assertThat(page.papers()).extracting(p -> p.id().value()).containsExactly(id);
    assertThat(page.hasMore()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"id_0000.0000_s0_m100_8b51d9633a68.xml", "id_0808.05394_s0_m100_7b0c7d0a7cdd.xml"})
  void anUnknownIdGivesAnEmptyPage(String file) throws Exception {
    ArxivApiPage page = page(file);
    assertThat(page.totalResults()).isZero();
    assertThat(page.papers()).isEmpty();
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void aLookupOfAKnownAndAnUnknownIdFindsTheKnownOne() throws Exception {
    ArxivApiPage page = page("id_0808.05394_1707.08567_s0_m100_42e5aa0ec3af.xml");
    assertThat(page.papers()).extracting(p -> p.id().value()).containsExactly("1707.08567");
  }

  @Test
  void theErrorFeedBecomesAnExceptionWithArxivsMessage() {
    assertThatThrownBy(() -> page("id_abc_s0_m100_b79c8dcf6bc3.xml"))
        .isInstanceOf(ArxivApiException.class)
        .hasMessage("arXiv API error: incorrect id format for abc");
  }

  @Test
  void anEntryThatCannotBeMappedIsSkippedNotFatal() throws Exception {
    String page =
        new String(Fixtures.bytes("arxiv-api/q_testing_s0_m10_bc5a6c384fe9.xml"), StandardCharsets.UTF_8)
            .replace("<id>http://arxiv.org/abs/2202.12139v1</id>", "<id>http://arxiv.org/abs/not-an-id</id>");
    ArxivApiPage parsed = parser.parse(page.getBytes(StandardCharsets.UTF_8));
    assertThat(parsed.papers()).hasSize(9);
    assertThat(parsed.skipped())
        .singleElement()
        .satisfies(s -> {
          assertThat(s.id()).isEqualTo("http://arxiv.org/abs/not-an-id");
          assertThat(s.reason()).contains("not an arXiv identifier");
        });
  }

  @Test
  void refusesADocumentTypeDeclaration() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>&x;</title></feed>
        """;
    assertThatThrownBy(() -> parser.parse(xxe.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ArxivApiException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void htmlIsNotAnApiAnswer() {
    assertThatThrownBy(() -> parser.parse("<html><body>Rate limited</body></html>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ArxivApiException.class)
        .hasMessageStartingWith("not an arXiv API answer");
  }
}
