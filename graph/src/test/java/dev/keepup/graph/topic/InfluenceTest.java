package dev.keepup.graph.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InfluenceTest {

  @Test
  void theHubOfAStarOutranksItsSpokes() {
    Map<String, Double> scores =
        Influence.scores(List.of(List.of("hub", "a"), List.of("hub", "b"), List.of("hub", "c"), List.of("c", "d")));

    assertThat(scores.get("hub")).isGreaterThan(scores.get("c"));
    assertThat(scores.get("c")).isGreaterThan(scores.get("a"));
    assertThat(scores.get("a")).isCloseTo(scores.get("b"), within(1e-12));
    assertThat(scores.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void aHugeAuthorListWeighsLessPerPairThanASmallOne() {
    List<String> consortium = new java.util.ArrayList<>(List.of("x", "y"));
    for (int i = 0; i < 200; i++) {
      consortium.add("member" + i);
    }
    // x and y share one 202-author paper; y and z wrote two papers just the two of them
    Map<String, Double> scores = Influence.scores(List.of(consortium, List.of("y", "z"), List.of("y", "z")));

    assertThat(scores.get("z")).isGreaterThan(scores.get("x"));
  }

  @Test
  void soloPapersAndRepeatedNamesDoNotBreakTheWalk() {
    Map<String, Double> scores = Influence.scores(List.of(List.of("solo"), List.of("a", "a", "b")));

    assertThat(scores).containsOnlyKeys("solo", "a", "b");
    assertThat(scores.get("a")).isCloseTo(scores.get("b"), within(1e-12));
    assertThat(Influence.scores(List.of())).isEmpty();
  }
}
