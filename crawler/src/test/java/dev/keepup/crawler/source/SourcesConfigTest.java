package dev.keepup.crawler.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keepup.crawler.fetch.FetchSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SourcesConfigTest {

  /** The shipped default, in the repository's config folder. */
  private static final Path SHIPPED = Path.of("..", "config", "sources.yaml");

  private static SourcesConfig load(String yaml) throws IOException {
    return SourcesConfig.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  @Test
  void theShippedDefaultFollowsTheMlCategoriesAndADozenBlogs() throws Exception {
    SourcesConfig config = SourcesConfig.load(SHIPPED);
    assertThat(config.arxiv().categories()).containsExactly("cs.LG", "cs.CL", "cs.CV", "cs.AI", "cs.IR", "cs.NE", "stat.ML");
    assertThat(config.arxiv().listingUrl()).isEqualTo(URI.create("https://rss.arxiv.org/rss/cs.LG+cs.CL+cs.CV+cs.AI+cs.IR+cs.NE+stat.ML"));
    assertThat(config.blogs()).hasSizeGreaterThanOrEqualTo(12).allSatisfy(b -> assertThat(b.feed().getScheme()).isEqualTo("https"));
    FetchSettings settings = config.fetch().toSettings();
    assertThat(settings.intervalFor("export.arxiv.org")).isEqualTo(Duration.ofSeconds(3));
    assertThat(settings.maxBodyBytes()).isEqualTo(20L << 20);
    assertThat(settings.allowLoopback()).isFalse();
    assertThat(settings.userAgent()).contains("Keepup").contains("mailto:");
  }

  @Test
  void arxivChannelsLeftOutKeepTheirDefaults() throws Exception {
    String shipped = java.nio.file.Files.readString(SHIPPED);
    assertThat(load(shipped).arxiv().channels()).isEqualTo(new ArxivConfig.Channels(true, true, false));
    assertThat(load(shipped).arxiv().lookbackDays()).isEqualTo(3);
    String oaiOn = shipped.replace("channels: { api: true, listing: true, oai: false }", "channels: { oai: true }");
    assertThat(load(oaiOn).arxiv().channels()).isEqualTo(new ArxivConfig.Channels(true, true, true));
    String without = shipped.replaceAll("(?m)^  (channels|lookback_days): .*\\R", "");
    assertThat(load(without).arxiv().channels()).isEqualTo(ArxivConfig.Channels.DEFAULT);
    assertThat(load(without).arxiv().lookbackDays()).isEqualTo(ArxivConfig.DEFAULT_LOOKBACK_DAYS);
    assertThatThrownBy(() -> load(shipped.replace("lookback_days: 3", "lookback_days: 0")))
        .hasMessageContaining("arxiv.lookback_days must be 1 to 366: 0");
  }

  @Test
  void aBadValueIsReportedWithItsKey() {
    String yaml = """
        fetch: { user_agent: "Keepup/1 (mailto:a@b.c)", connect_timeout_seconds: 1, read_timeout_seconds: 1,
                 call_timeout_seconds: 1, max_body_bytes: 1000, max_redirects: 1, max_retries: 0,
                 backoff_base_seconds: 1, backoff_max_seconds: 1, default_interval_seconds: 1,
                 allow_loopback: false }
        arxiv: { categories: [cs.LG], api: "https://export.arxiv.org/api/query", page_size: 5000, result_cap: 10000,
                 listings: "https://rss.arxiv.org/rss/", oai: "https://oaipmh.arxiv.org/oai", oai_set: cs }
        """;
    assertThatThrownBy(() -> load(yaml)).isInstanceOf(IOException.class)
        .hasMessageContaining("test.yaml").hasMessageContaining("arxiv.page_size must be 1 to 2000: 5000");
  }

  @Test
  void aMisspeltKeyIsAnError() throws Exception {
    String misspelt = java.nio.file.Files.readString(SHIPPED).replace("  allow_loopback: false", "  allow_loopback: false\n  alow_loopback: true");
    assertThatThrownBy(() -> load(misspelt)).isInstanceOf(IOException.class).hasMessageContaining("alow_loopback");
  }

  @Test
  void aBlogFeedMustBeAWebUrl() {
    assertThatThrownBy(() -> new BlogSource("x", "X", URI.create("file:///etc/passwd"), null))
        .hasMessage("blogs.x.feed must be an http or https URL: file:///etc/passwd");
  }
}
