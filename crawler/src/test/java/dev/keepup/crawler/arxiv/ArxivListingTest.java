package dev.keepup.crawler.arxiv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.crawler.Fixtures;
import dev.keepup.crawler.feed.FeedParser;
import dev.keepup.crawler.feed.ParsedFeed;
import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArxivListingTest {

  private final FeedParser parser = new FeedParser();

  @Test
  void readsTheRssListingWithAnnounceTypes() throws Exception {
    ArxivListing.Result result = ArxivListing.read(parser.parse(Fixtures.bytes("arxiv-rss/laya-reader_arxiv_rss.xml"), null));
    assertThat(result.skipped()).isEmpty();
    assertThat(result.items()).extracting(ListingItem::type)
        .containsExactly(AnnounceType.NEW, AnnounceType.NEW, AnnounceType.CROSS, AnnounceType.REPLACE);
    Paper first = result.items().getFirst().paper();
    assertThat(first.id().value()).isEqualTo("2609.26811");
    assertThat(first.version()).isEqualTo(1);
    assertThat(first.title()).isEqualTo("The Drift Contract: Spectral Updates for Depth-Robust Local Learning");
    assertThat(first.summary()).startsWith("Local learning trains each layer");
    assertThat(first.authors()).isNotEmpty();
  }

  @Test
  void readsTheAtomListingAndMapsReplacementsToNewVersions() throws Exception {
    ArxivListing.Result result = ArxivListing.read(parser.parse(Fixtures.bytes("arxiv-rss/paper-forge_arxiv_atom.xml"), null));
    assertThat(result.items()).extracting(i -> i.type().meaning())
        .containsExactly(AnnounceType.Meaning.NEW_PAPER, AnnounceType.Meaning.CROSS_LIST, AnnounceType.Meaning.NEW_VERSION);
    Paper replaced = result.items().get(2).paper();
    assertThat(replaced.id().value()).isEqualTo("2401.08875");
    assertThat(replaced.version()).isEqualTo(3);
    assertThat(replaced.categories()).containsExactly("cs.LG", "cs.AI", "stat.ME");
    assertThat(replaced.authors()).extracting(Author::name).containsExactly("Jiaming Tang", "Jingxuan Wen", "Liping Jing");
    assertThat(result.items().getFirst().paper().doi()).isEqualTo("10.1109/MAPR72750.2026.11685822");
    assertThat(replaced.summary()).isEqualTo("Multi-touch attribution (MTA) is essential for estimating the contribution of individual advertising touchpoints to user conversions.");
  }

  @Test
  void aWeekendListingWithoutEntriesIsEmptyNotAnError() throws Exception {
    ParsedFeed weekend = parser.parse(
        """
        <rss version="2.0"><channel><title>cs.LG updates on arXiv.org</title>
        <link>http://rss.arxiv.org/rss/cs.LG</link><description>none today</description></channel></rss>
        """.getBytes(StandardCharsets.UTF_8), null);
    ArxivListing.Result result = ArxivListing.read(weekend);
    assertThat(result.items()).isEmpty();
    assertThat(result.skipped()).isEmpty();
  }
}
