package dev.keepup.crawler.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keepup.crawler.xml.XmlException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class OpmlTest {

  private static final String READER_EXPORT = """
      <?xml version="1.0" encoding="UTF-8"?>
      <opml version="1.0"><head><title>Subscriptions</title></head><body>
        <outline text="ML" title="ML">
          <outline type="rss" text="Lil'Log" xmlUrl="https://lilianweng.github.io/index.xml" htmlUrl="https://lilianweng.github.io/"/>
          <outline type="rss" text="BAIR" title="Berkeley AI Research" xmlUrl="https://bair.berkeley.edu/blog/feed.xml"/>
        </outline>
        <outline type="rss" text="again" xmlUrl="https://lilianweng.github.io/index.xml"/>
        <outline type="rss" text="local" xmlUrl="file:///etc/passwd"/>
      </body></opml>
      """;

  @Test
  void importsEveryFeedOfNestedFoldersOnce() throws Exception {
    assertThat(Opml.read(READER_EXPORT.getBytes(StandardCharsets.UTF_8)))
        .containsExactly(
            new BlogSource("lilianweng.github.io-index.xml", "Lil'Log", URI.create("https://lilianweng.github.io/index.xml"), URI.create("https://lilianweng.github.io/")),
            new BlogSource("bair.berkeley.edu-blog-feed.xml", "Berkeley AI Research", URI.create("https://bair.berkeley.edu/blog/feed.xml"), null));
  }

  @Test
  void exportsWhatItImportsBack() throws Exception {
    var blogs = SourcesConfig.load(Path.of("..", "config", "sources.yaml")).blogs();
    String opml = Opml.write("Keepup blogs", blogs, ZonedDateTime.of(2026, 11, 22, 12, 0, 0, 0, ZoneOffset.UTC));
    assertThat(opml).contains("<dateCreated>Sun, 22 Nov 2026 12:00:00 GMT</dateCreated>");
    assertThat(Opml.read(opml.getBytes(StandardCharsets.UTF_8)))
        .extracting(BlogSource::feed)
        .containsExactlyElementsOf(blogs.stream().map(BlogSource::feed).toList());
  }

  @Test
  void refusesWhatIsNotOpml() {
    assertThatThrownBy(() -> Opml.read("<rss/>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(XmlException.class)
        .hasMessage("not OPML: root element <rss>");
  }
}
