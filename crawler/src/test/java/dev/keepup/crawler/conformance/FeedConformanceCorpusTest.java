package dev.keepup.crawler.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The whole feedparser corpus from {@code ../shared/data}, when this machine has it. */
@Tag("slow")
class FeedConformanceCorpusTest {

  private static final Path CORPUS = Path.of("..", "..", "shared", "data", "feed-conformance");

  @Test
  void theWholeCorpusParsesWithoutEscapingExceptionsAndAgreesOnNinetyFivePercent() throws Exception {
    assumeTrue(Files.isDirectory(CORPUS), "skipped: " + CORPUS.toAbsolutePath().normalize() + " is absent");
    ConformanceReport report = new FeedConformance().run(CORPUS);
    assertThat(report.files()).isEqualTo(2107);
    assertThat(report.exceptions()).isZero();
    assertThat(report.agreement()).isGreaterThanOrEqualTo(0.95);
    assertThat(report.illformedFlagged()).isEqualTo(report.illformedFiles());
  }
}
