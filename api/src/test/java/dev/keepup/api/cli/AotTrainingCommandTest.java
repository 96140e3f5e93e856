package dev.keepup.api.cli;

import static dev.keepup.api.cli.KeepupCommandTest.keepup;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The AOT cache's training run ({@code ./keepup aot-cache} runs it): a real embedded Neo4j and Lucene
 * index in a throw-away folder, filled with the shipped sample papers, then the request mix over
 * loopback HTTP, every answer a success.
 */
@Tag("slow")
class AotTrainingCommandTest {

  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS) // a whole start-up, ingest and request mix: over a minute under load
  void trainingIngestsTheSamplePapersAndAnswersEveryRequest() {
    KeepupCommandTest.Run run = keepup("aot-training");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("AOT training done: [1-9][0-9]* papers ingested, 400 requests answered\\.");
  }
}
