package dev.keepup.graph.skill;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LearningOrderTest {

  @Test
  void prerequisitesComeFirstAndTiesGoById() {
    Map<String, List<String>> requires =
        Map.of(
            "transformers", List.of("attention", "backprop"),
            "attention", List.of("linear-algebra"),
            "backprop", List.of("calculus", "linear-algebra"),
            "calculus", List.of(),
            "linear-algebra", List.of());

    assertThat(LearningOrder.of(requires))
        .containsExactly("calculus", "linear-algebra", "attention", "backprop", "transformers");
  }

  @Test
  void aCycleIsBrokenInsteadOfLoopingForever() {
    Map<String, List<String>> requires = Map.of("a", List.of("b"), "b", List.of("a"), "c", List.of("a"));

    assertThat(LearningOrder.of(requires)).containsExactly("a", "b", "c");
  }

  @Test
  void prerequisitesOutsideTheSetAreIgnored() {
    assertThat(LearningOrder.of(Map.of("a", List.of("not-loaded")))).containsExactly("a");
  }
}
