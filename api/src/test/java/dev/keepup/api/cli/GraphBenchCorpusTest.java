package dev.keepup.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphBenchCorpusTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "803.1926, 0803.1926",
    "1304.064, 1304.0640",
    "1001.07, 1001.0700",
    "1502.0643400000001, 1502.06434",
    "1501.0031099999999, 1501.00311",
    "2507.06261, 2507.06261",
    "cmp-lg/9404001, cmp-lg/9404001",
  })
  void repairsIdsTheSourceStoredAsFloatingPointNumbers(String stored, String id) {
    assertThat(GraphBenchCorpus.repaired(stored)).isEqualTo(id);
  }
}
