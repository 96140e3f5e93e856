package dev.keepup.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.model.Paper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

  @Test
  void streamsTheRealPapersThenPerturbedCopiesWithFreshIdsUntilTheSizeAsked(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("papers.jsonl");
    Files.writeString(file, String.join("\n",
        "{\"arxiv_id\": \"cmp-lg/9404001\", \"title\": \"Tree-Adjoining Derivation\", \"abstract\": \"We argue.\","
            + " \"authors\": [\"Stuart M. Shieber\", \"Yves Schabes\"], \"categories\": [\"cmp-lg\"], \"date\": \"1994-04-05\"}",
        "not json at all",
        "{\"arxiv_id\": \"2507.06261\", \"title\": \"Gemini 2.5\", \"abstract\": \"We report.\","
            + " \"authors\": [\"Gheorghe Comanici\"], \"categories\": [\"cs.CL\"], \"date\": \"2025-07-07\"}"));
    List<Paper> papers = new ArrayList<>();

    GraphBenchCorpus.Streamed streamed = GraphBenchCorpus.stream(file, 5, papers::add);

    assertThat(streamed).isEqualTo(new GraphBenchCorpus.Streamed(5, 2, 1));
    assertThat(papers).extracting(p -> p.id().value())
        .containsExactly("cmp-lg/9404001", "2507.06261", "3001.00001", "3001.00002", "3001.00003");
    assertThat(papers).extracting(Paper::title)
        .containsExactly("Tree-Adjoining Derivation", "Gemini 2.5", "Tree-Adjoining Derivation", "Gemini 2.5", "Tree-Adjoining Derivation");
    assertThat(papers.get(4).published()).isBefore(papers.get(2).published()).isBefore(papers.get(0).published());
  }
}
