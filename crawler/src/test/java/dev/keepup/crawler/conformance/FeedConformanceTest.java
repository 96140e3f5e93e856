package dev.keepup.crawler.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FeedConformanceTest {

  private static final Path SAMPLE = Path.of("src", "test", "resources", "feed-conformance");

  @Test
  void countsFilesFlagsAndAgreementOnTheSample() throws Exception {
    ConformanceReport report = new FeedConformance().run(SAMPLE);
    assertThat(report.files()).isEqualTo(24);
    assertThat(report.exceptions()).isZero();
    assertThat(report.illformedFiles()).isEqualTo(6);
    assertThat(report.illformedFlagged()).isEqualTo(6);
    assertThat(report.comparable()).isEqualTo(15);
    assertThat(report.disagreements()).containsExactly("wellformed/sanitize/entry_content_style.xml: entries[0].content");
    assertThat(report.agreed()).isEqualTo(14);
    assertThat(report.otherAgreed()).isEqualTo(report.otherComparable());
  }

  @Test
  void readsChainedComparisonsAndConcatenatedLiterals() {
    assertThat(Expectation.parse("entries[0]['link'] == entries[1]['link'] == 'http://x/'"))
        .containsExactly(new Expectation(0, "link", "http://x/"), new Expectation(1, "link", "http://x/"));
    assertThat(Expectation.parse("not bozo and feed['title'] == u'a -' + '- b\\n' and entries[0]['content'][0]['value'] == \"<b>\""))
        .containsExactly(new Expectation(-1, "title", "a -- b\n"), new Expectation(0, "content", "<b>"));
  }

  @Test
  void decodesPythonEscapes() {
    assertThat(Expectation.parse("feed['title'] == 'testing \\xe4 \\u2019 \\U0001F600 entity'"))
        .containsExactly(new Expectation(-1, "title", "testing ä \u2019 \uD83D\uDE00 entity"));
  }

  @Test
  void leavesOutFieldsKeepupDoesNotCompare() {
    assertThat(Expectation.parse("not bozo and feed['title_detail']['language'] == 'en' and entries[0]['tags'][0]['term'] == 'x'")).isEmpty();
  }

  @Test
  void knowsAlternativesFromConjunctions() {
    assertThat(Expectation.isDisjunction("feed['title'] == 'it&apos;s' or feed['title'] == \"it's\"")).isTrue();
    assertThat(Expectation.isDisjunction("feed['title'] == 'this or that' and not bozo")).isFalse();
  }
}
