package dev.keepup.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostNodeTest {

  private static PostNode post(String text) {
    return new PostNode(URI.create("https://blog.example.org/p"), "A post", text, Instant.parse("2026-01-01T00:00:00Z"), "blog", List.of());
  }

  @Test
  void aLongTextIsCutToTheCapAndAShortOneIsKeptWhole() {
    assertThat(post("x".repeat(PostNode.MAX_TEXT_CHARS + 5_000_000)).text()).hasSize(PostNode.MAX_TEXT_CHARS);
    assertThat(post("x".repeat(PostNode.MAX_TEXT_CHARS)).text()).hasSize(PostNode.MAX_TEXT_CHARS);
    assertThat(post("short text").text()).isEqualTo("short text");
  }

  @Test
  void theCutNeverSplitsASurrogatePair() {
    String text = "x".repeat(PostNode.MAX_TEXT_CHARS - 1) + "😀" + "tail";

    assertThat(post(text).text()).isEqualTo("x".repeat(PostNode.MAX_TEXT_CHARS - 1));
  }
}
