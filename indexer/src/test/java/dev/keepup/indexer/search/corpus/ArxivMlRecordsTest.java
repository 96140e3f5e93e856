package dev.keepup.indexer.search.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArxivMlRecordsTest {

  @Test
  void repairsIdsThatWentThroughAFloat() {
    assertThat(ArxivMlRecords.repairFloatId("906.0231")).isEqualTo("0906.0231");
    assertThat(ArxivMlRecords.repairFloatId("1512.0022800000002")).isEqualTo("1512.00228");
    assertThat(ArxivMlRecords.repairFloatId("1501.001")).isEqualTo("1501.00100");
    assertThat(ArxivMlRecords.repairFloatId("1412.5")).isEqualTo("1412.5000");
  }

  @Test
  void countsBrokenLinesAndGoesOn() throws IOException {
    String lines = """
        {"arxiv_id": "2401.00001", "title": "T", "abstract": "A", "authors": ["A B"], "categories": ["cs.LG"], "date": "2024-01-02"}
        not json
        {"arxiv_id": "nonsense", "title": "T", "abstract": "A", "authors": [], "categories": ["cs.LG"], "date": "2024-01-02"}
        {"arxiv_id": "2401.00002", "title": "T", "abstract": "A", "authors": [], "categories": [], "date": "2024-01-02"}
        """;
    ArxivMlRecords.Loaded loaded = ArxivMlRecords.read(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), 10);
    assertThat(loaded.papers()).extracting(p -> p.paper().id().value()).containsExactly("2401.00001");
    assertThat(loaded.skipped()).isEqualTo(3);
  }
}
