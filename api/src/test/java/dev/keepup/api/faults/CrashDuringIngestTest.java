package dev.keepup.api.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.keepup.api.Application;
import dev.keepup.api.check.ConsistencyCheck;
import dev.keepup.api.check.ConsistencyReport;
import dev.keepup.api.config.ConfigLoader;
import dev.keepup.indexer.search.IndexContents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code keepup import} of 10,000 papers with SIGKILL at random points, restarts it
 * each time, and lets the last run finish: the graph and the index then hold exactly the distinct
 * papers of the input, once each, and {@code keepup check} passes. The kills come after the index
 * has committed a random number of batches, plus a random delay within a batch, so they land
 * during tagging (between the graph's commit and the index's: the dangerous window), during
 * commits, or during start-up's catch-up.
 */
@Tag("faults")
class CrashDuringIngestTest {

  private static final long SEED = Long.getLong("keepup.faults.seed", 20261122L);
  private static final int KILLS = 3;
  private static final Map<String, String> ENV = Map.of("KEEPUP_GRAPH_BATCH_SIZE", "200", "KEEPUP_LOG_LEVEL", "WARN");

  @Test
  void killedImportsResumeToExactlyTheDistinctInputPapers(@TempDir Path tmp) throws Exception {
    System.out.println("CrashDuringIngestTest seed " + SEED + " (rerun with -Dkeepup.faults.seed=" + SEED + ")");
    Random random = new Random(SEED);
    Path input = CrashCorpus.write(tmp.resolve("snapshot.jsonl"), 50, 300, random);
    Set<String> expected = CrashCorpus.distinctIds(input);
    assertThat(expected).hasSize(10_000);
    Path dataDir = tmp.resolve("data");
    String[] importArgs = {"import", input.toString(), "--data-dir", dataDir.toString()};

    int killed = 0;
    for (int round = 1; round <= KILLS; round++) {
      long commitsBefore = indexCommits(dataDir);
      KeepupProcess p = KeepupProcess.start(tmp.resolve("logs"), "import-" + round, ENV, importArgs);
      long target = commitsBefore + 1 + random.nextInt(4);
      if (!awaitCommits(p, dataDir, target)) {
        assertThat(p.exit()).as(p.stderr()).isZero(); // finished before the kill: nothing left to kill
        break;
      }
      Thread.sleep(random.nextInt(1_500)); // a random point within the next batch, not a synchronisation
      p.kill();
      killed++;
      System.out.printf("round %d: killed after %d index commits%n", round, indexCommits(dataDir));
    }
    KeepupProcess last = KeepupProcess.run(tmp.resolve("logs"), "import-last", ENV, 20, importArgs);
    assertThat(last.exit()).as(last.stderr()).isZero();
    System.out.println("start-ups that indexed papers a kill had left in the graph only: " + caughtUp(tmp.resolve("logs")));
    KeepupProcess check = KeepupProcess.run(tmp.resolve("logs"), "check", ENV, 5, "check", "--json", "--data-dir", dataDir.toString());

    assertThat(killed).as("the import was killed at least once").isPositive();
    assertThat(check.exit()).as(check.stdout() + check.stderr()).isZero();
    assertThat(check.stdout().lines().toList().getLast()).contains("\"consistent\":true").contains("\"graph_papers\":10000");
    try (Application app = Application.open(new ConfigLoader().load(null, Map.of()).withDataDir(dataDir))) {
      IndexContents index = app.index().contents();
      ConsistencyReport report = ConsistencyCheck.run(app);
      assertThat(app.graph().counts().papers()).isEqualTo(expected.size());
      assertThat(index.versions().keySet()).isEqualTo(expected);
      assertThat(index.duplicateIds()).isEmpty();
      assertThat(index.documents()).isEqualTo(expected.size());
      assertThat(report.discrepancies()).isEmpty();
    }
  }

  /** The start-up log lines saying how many papers were indexed late, from every run's stderr. */
  private static java.util.List<String> caughtUp(Path logs) throws IOException {
    try (Stream<Path> files = Files.list(logs)) {
      return files.filter(f -> f.toString().endsWith(".err")).sorted().flatMap(f -> {
        try {
          return Files.readAllLines(f).stream().filter(l -> l.contains("the search index had not committed"))
              .map(l -> f.getFileName() + ": " + l.substring(l.indexOf("Indexed")));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).toList();
    }
  }

  /**
   * Waits until the index has made {@code target} commits (true) or the process has ended (false).
   * Polls the index directory: Lucene writes {@code segments_N} with a growing N at each commit.
   */
  private static boolean awaitCommits(KeepupProcess p, Path dataDir, long target) throws InterruptedException {
    long deadline = System.nanoTime() + 10L * 60 * 1_000_000_000L;
    while (indexCommits(dataDir) < target) {
      if (!p.process().isAlive()) {
        return false;
      }
      if (System.nanoTime() > deadline) {
        p.kill();
        throw new AssertionError("no index commit within 10 min; stderr:\n" + p.stderr());
      }
      Thread.sleep(20); // polling an observable condition
    }
    return true;
  }

  /** The highest commit generation of any index generation under {@code dataDir}, 0 when none. */
  static long indexCommits(Path dataDir) {
    Path index = dataDir.resolve("index");
    if (!Files.isDirectory(index)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(index, 2)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith("segments_"))
          .mapToLong(n -> Long.parseLong(n.substring("segments_".length()), Character.MAX_RADIX))
          .max().orElse(0);
    } catch (IOException | UncheckedIOException e) {
      return 0; // a file vanished while listing (a commit replaced it): count again next time
    }
  }
}
