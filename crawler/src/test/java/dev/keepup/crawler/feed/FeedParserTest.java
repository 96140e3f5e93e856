package dev.keepup.crawler.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keepup.crawler.Fixtures;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {

  private final FeedParser parser = new FeedParser();

  private ParsedFeed parse(String xml) throws FeedException {
    return parser.parse(xml.getBytes(StandardCharsets.UTF_8), null);
  }

  @Test
  void readsAHugoRssFeedWithFullContent() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.bytes("blog-feeds/lilianweng-index.xml"), "application/rss+xml");
    assertThat(feed.format()).isEqualTo("rss_2.0");
    assertThat(feed.title()).isEqualTo("Lil'Log");
    assertThat(feed.link()).isEqualTo("https://lilianweng.github.io/");
    assertThat(feed.illFormed()).isFalse();
    assertThat(feed.entries()).hasSize(42);
    FeedEntry first = feed.entries().getFirst();
    assertThat(first.title()).isEqualTo("Large Transformer Model Inference Optimization");
    assertThat(first.link()).isEqualTo("https://lilianweng.github.io/posts/2023-01-10-inference-optimization/");
    assertThat(first.published()).isEqualTo(Instant.parse("2023-01-10T17:00:00Z"));
    assertThat(first.summary()).startsWith("[Updated on 2023-01-24: add a small section on Distillation.]");
  }

  @Test
  void readsAnAtomFeed() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.bytes("blog-feeds/anthropic_research.xml"), null);
    assertThat(feed.format()).isEqualTo("atom_1.0");
    assertThat(feed.title()).isEqualTo("Anthropic Research");
    assertThat(feed.entries()).hasSize(13);
    assertThat(feed.entries().getFirst().link())
        .isEqualTo("https://www.anthropic.com/research/Evaluating-Claude-For-Bioinformatics-With-BioMysteryBench");
    assertThat(feed.entries().getFirst().categories()).containsExactly("Science");
  }

  @Test
  void removesScriptsAndEventHandlersFromMarkup() throws Exception {
    ParsedFeed feed = parse(
        """
        <feed xmlns="http://www.w3.org/2005/Atom"><entry>
        <summary type="html">&lt;img src="http://x.example/a.png" onload="steal()"/&gt;safe&lt;script&gt;steal()&lt;/script&gt;</summary>
        </entry></feed>
        """);
    assertThat(feed.entries().getFirst().summary()).isEqualTo("<img src=\"http://x.example/a.png\" />safe");
  }

  @Test
  void resolvesRelativeLinksAgainstWhereTheFeedCameFrom() throws Exception {
    ParsedFeed feed = parser.parse(
        """
        <rss version="2.0"><channel><title>t</title><item><title>i</title><link>/posts/1</link>
        <description>&lt;a href="/img"&gt;x&lt;/a&gt;</description></item></channel></rss>
        """.getBytes(StandardCharsets.UTF_8), null, URI.create("https://blog.example/feed.xml"));
    assertThat(feed.entries().getFirst().link()).isEqualTo("https://blog.example/posts/1");
    assertThat(feed.entries().getFirst().summary()).isEqualTo("<a href=\"https://blog.example/img\">x</a>");
  }

  @Test
  void healsAnUnclosedFeedAndFlagsIt() throws Exception {
    ParsedFeed feed = parse("<rss version=\"2.0\"><channel><title>caf&eacute; &amp; more</title><item><title>one</title></item></channel></rss");
    assertThat(feed.illFormed()).isTrue();
    assertThat(feed.problems()).anySatisfy(p -> assertThat(p).startsWith("not well-formed XML"));
    assertThat(feed.title()).isEqualTo("café & more");
    assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("one");
  }

  @Test
  void flagsBytesThatAreNotInTheDeclaredEncoding() throws Exception {
    byte[] latin1 = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>caf\u00e9</title></channel></rss>"
        .getBytes(StandardCharsets.ISO_8859_1);
    ParsedFeed feed = parser.parse(latin1, null);
    assertThat(feed.illFormed()).isTrue();
    assertThat(feed.title()).isEqualTo("caf\u00e9");
  }

  @Test
  void readsUtf8ServedAsBareTextXmlByItsDeclarationAsRfc7303Says() throws Exception {
    byte[] utf8 = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>caf\u00e9</title></channel></rss>"
        .getBytes(StandardCharsets.UTF_8);
    ParsedFeed feed = parser.parse(utf8, "text/xml");
    assertThat(feed.title()).isEqualTo("caf\u00e9");
    assertThat(feed.illFormed()).isFalse();
  }

  @Test
  void refusesExternalEntitiesAndNeverReadsTheFile() throws Exception {
    ParsedFeed feed = parse(
        """
        <?xml version="1.0"?>
        <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>&xxe;</title></channel></rss>
        """);
    assertThat(feed.illFormed()).isTrue();
    assertThat(feed.problems()).anySatisfy(p -> assertThat(p).contains("DOCTYPE")).contains(FeedParser.DECLARES_ENTITIES);
    assertThat(String.valueOf(feed.title())).doesNotContain("root:");
  }

  @Test
  void aDoctypeThatOnlyNamesItsDtdIsSkippedWithoutReadingIt() throws Exception {
    ParsedFeed feed = parse(
        """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
        <rss version="0.91"><channel><title>Caf&eacute; notes</title><link>https://blog.example/</link>
        <item><title>Attention, again</title><link>https://blog.example/attention</link></item></channel></rss>
        """);
    assertThat(feed.problems()).anySatisfy(p -> assertThat(p).contains("DOCTYPE")).doesNotContain(FeedParser.DECLARES_ENTITIES);
    assertThat(feed.title()).isEqualTo("Café notes");
    assertThat(feed.entries()).hasSize(1);
  }

  @Test
  void refusesTheBillionLaughsWithoutExpandingAnything() throws Exception {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    ParsedFeed feed = parse(dtd + "<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>");
    assertThat(feed.illFormed()).isTrue();
    assertThat(String.valueOf(feed.title()).length()).isLessThan(100);
  }

  @Test
  void flagsGeoRssThatBreaksItsSpecificationAndOnlyThat() throws Exception {
    for (String broken : List.of("georss_point_no_coords", "georss_polygon_insufficient_coords", "gml_point")) {
      ParsedFeed feed = parser.parse(Fixtures.bytes("feed-conformance/illformed/geo/" + broken + ".xml"), null);
      assertThat(feed.illFormed()).as(broken).isTrue();
      assertThat(feed.entries()).as(broken).hasSize(1);
    }
    assertThat(parser.parse(Fixtures.bytes("feed-conformance/illformed/geo/gml_point.xml"), null).problems())
        .containsExactly("GML Point: GML geometry outside georss:where");
    for (String fine : List.of("georss_polygon", "gml_point")) {
      assertThat(parser.parse(Fixtures.bytes("feed-conformance/wellformed/geo/" + fine + ".xml"), null).illFormed()).as(fine).isFalse();
    }
    assertThat(parse(GEO.formatted("<georss:line>1 2 3</georss:line>")).problems())
        .containsExactly("GeoRSS line: a line needs two pairs or more, got 3 numbers");
    assertThat(parse(GEO.formatted("<georss:box>1 2 3 4</georss:box><georss:point>45.2 -3.1</georss:point>")).illFormed()).isFalse();
  }

  private static final String GEO = """
      <feed xmlns="http://www.w3.org/2005/Atom" xmlns:georss="http://www.georss.org/georss"><entry>%s</entry></feed>""";

  @Test
  void readsAPlainTextAtom03TitleAsTextAndHtmlThatWrapsElementsByItsText() throws Exception {
    assertThat(parser.parse(Fixtures.bytes("feed-conformance/wellformed/atom/entry_title_text_plain_brackets.xml"), null)
        .entries().getFirst().title()).isEqualTo("History of the <blink> tag");
    assertThat(parser.parse(Fixtures.bytes("feed-conformance/wellformed/atom10/entry_content_div_escaped_markup.xml"), null)
        .entries().getFirst().content()).isEqualTo("Example <b>Atom</b>");
  }

  @Test
  void anEmptyDocumentIsNoFeed() {
    assertThatThrownBy(() -> parse("  ")).isInstanceOf(FeedException.class).hasMessage("empty document");
  }

  @Test
  void htmlIsNoFeed() {
    assertThatThrownBy(() -> parse("<html><head><title>blog</title></head><body>hi</body></html>"))
        .isInstanceOf(FeedException.class)
        .hasMessageStartingWith("not a feed");
  }
}
