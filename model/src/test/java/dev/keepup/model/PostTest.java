package dev.keepup.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostTest {

  @Test
  void foldsTheTitleAndKeepsEachCitationOnce() {
    Post post = new Post(URI.create("https://blog.example/p"), "  A\n title ", List.of(), null, null, null,
        List.of(PaperId.of("2104.12255"), PaperId.of("2104.12255v2")));
    assertThat(post.title()).isEqualTo("A title");
    assertThat(post.cites()).containsExactly(PaperId.of("2104.12255"));
    assertThat(post.summary()).isEmpty();
  }

  @Test
  void refusesAUrlThatCannotBeAnId() {
    assertThatThrownBy(() -> new Post(URI.create("/relative"), "t", List.of(), null, "", "", List.of()))
        .hasMessageContaining("absolute http or https");
    assertThatThrownBy(() -> new Post(URI.create("https://b.example/p#c"), "t", List.of(), null, "", "", List.of()))
        .hasMessageContaining("fragment");
  }
}
