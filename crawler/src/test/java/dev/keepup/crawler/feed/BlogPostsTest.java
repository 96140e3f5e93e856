package dev.keepup.crawler.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.crawler.Fixtures;
import dev.keepup.model.PaperId;
import dev.keepup.model.Post;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BlogPostsTest {

  private final FeedParser parser = new FeedParser();

  @Test
  void turnsEveryLilLogItemIntoAPlainTextPost() throws Exception {
    PostBatch batch = BlogPosts.from(parser.parse(Fixtures.bytes("blog-feeds/lilianweng-index.xml"), null));
    assertThat(batch.skipped()).isEmpty();
    assertThat(batch.posts()).hasSize(42);
    Post post = batch.posts().getFirst();
    assertThat(post.url()).isEqualTo(URI.create("https://lilianweng.github.io/posts/2023-01-10-inference-optimization/"));
    assertThat(post.text()).doesNotContain("<p>").doesNotContain("&amp;");
  }

  @Test
  void findsTheArxivPapersAPostLinks() throws Exception {
    PostBatch batch = BlogPosts.from(parser.parse(Fixtures.bytes("blog-feeds/huggingface_daily_papers.xml"), null));
    assertThat(batch.posts()).isNotEmpty();
    assertThat(batch.posts().getFirst().cites()).containsExactly(PaperId.of("2604.02176"));
  }

  @Test
  void canonicalUrlsDropFragmentsAndTrackingParameters() {
    assertThat(CanonicalUrl.of("HTTPS://Blog.Example:443/p/1?utm_source=rss&id=3#comments"))
        .isEqualTo(URI.create("https://blog.example/p/1?id=3"));
    assertThat(CanonicalUrl.of("mailto:a@b.c")).isNull();
  }

  @Test
  void citationsAreFoundInLinksAndInTextOnceEach() {
    assertThat(ArxivLinks.in("<a href=\"https://arxiv.org/pdf/2104.12255v2\">pdf</a> and arXiv:2104.12255, see arxiv.org/abs/hep-th/9901001"))
        .containsExactly(PaperId.of("2104.12255"), PaperId.of("hep-th/9901001"));
  }

  @Test
  void anEntryWithoutAnHttpLinkIsSkippedAndReported() {
    FeedEntry noLink = new FeedEntry("tag:x,2020:1", "A title", null, List.of(), List.of(), null, null, null, null, List.of(), Map.of());
    PostBatch batch = BlogPosts.from(new ParsedFeed("rss_2.0", "t", null, null, null, null, List.of(noLink), false, List.of()));
    assertThat(batch.posts()).isEmpty();
    assertThat(batch.skipped()).singleElement().satisfies(s -> assertThat(s.reason()).isEqualTo("no http(s) link"));
  }
}
