package dev.keepup.indexer.search;

import static dev.keepup.indexer.search.TestPapers.paper;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexRebuildTest {

  private static IndexedPaper p(String id, String title) {
    return paper(id, title, "An abstract.", "2024-01-01", List.of("A B"), List.of("cs.LG"));
  }

  private static List<String> ids(PaperIndex index, String q) {
    return index.search(SearchRequest.of(q).withPageSize(50)).hits().stream().map(SearchHit::id).sorted().toList();
  }

  private static List<String> generations(Path dir) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(x -> x.getFileName().toString()).filter(n -> n.startsWith("index-")).sorted().toList();
    }
  }

  @Test
  void aPaperIsSearchableAsSoonAsUpsertReturns(@TempDir Path dir) {
    try (PaperIndex index = PaperIndex.open(dir)) {
      for (int i = 1; i <= 5; i++) {
        String id = "2401.0000" + i;
        index.upsert(List.of(p(id, "Paper number " + i)));
        assertThat(ids(index, "number")).contains(id).hasSize(i);
      }
    }
  }

  @Test
  void deletedPapersDisappear(@TempDir Path dir) {
    try (PaperIndex index = PaperIndex.open(dir)) {
      index.upsert(List.of(p("2401.00001", "Kept paper"), p("2401.00002", "Dropped paper")));
      index.delete(List.of("2401.00002", "2401.99999"));
      assertThat(ids(index, "paper")).containsExactly("2401.00001");
    }
  }

  @Test
  void theOldIndexServesUntilTheSwapAndWritesReachBoth(@TempDir Path dir) throws Exception {
    try (PaperIndex index = PaperIndex.open(dir)) {
      index.upsert(List.of(p("2401.00001", "Old alpha"), p("2401.00002", "Old beta")));
      try (IndexRebuild rebuild = index.startRebuild()) {
        rebuild.add(List.of(p("2401.00001", "New alpha"), p("2401.00003", "New gamma")));
        assertThat(ids(index, "new")).isEmpty();
        assertThat(ids(index, "old")).containsExactly("2401.00001", "2401.00002");

        index.upsert(List.of(p("2401.00004", "Live delta")));
        rebuild.add(List.of(p("2401.00004", "Stale delta from an older snapshot")));
        assertThat(ids(index, "delta")).containsExactly("2401.00004");
        assertThatThrownBy(index::startRebuild).isInstanceOf(IllegalStateException.class);

        rebuild.swap();
      }
      assertThat(ids(index, "old")).isEmpty();
      assertThat(ids(index, "new")).containsExactly("2401.00001", "2401.00003");
      assertThat(ids(index, "live")).containsExactly("2401.00004");
      assertThat(ids(index, "stale")).isEmpty();
      assertThat(generations(dir)).containsExactly("index-2");
    }
    try (PaperIndex reopened = PaperIndex.open(dir)) {
      assertThat(reopened.count()).isEqualTo(3);
    }
  }

  @Test
  void theSwappedInIndexIsOneSegmentWhateverTheBuildLeft(@TempDir Path dir) throws Exception {
    try (PaperIndex index = PaperIndex.open(dir)) {
      try (IndexRebuild rebuild = index.startRebuild()) {
        for (int batch = 1; batch <= 3; batch++) {
          rebuild.add(List.of(p("2401.0000" + batch, "Batch paper " + batch)));
          rebuild.generation().writer().flush(); // one segment per batch, as bulk indexing leaves many
        }
        index.upsert(List.of(p("2401.00009", "Live paper during the rebuild")));
        try (DirectoryReader built = DirectoryReader.open(rebuild.generation().writer())) {
          assertThat(built.leaves()).hasSizeGreaterThanOrEqualTo(3);
        }
        rebuild.swap();
      }
      assertThat(index.segments()).isEqualTo(1);
      assertThat(ids(index, "paper")).containsExactly("2401.00001", "2401.00002", "2401.00003", "2401.00009");
    }
  }

  @Test
  void aRebuildClosedWithoutSwapIsThrownAway(@TempDir Path dir) throws Exception {
    try (PaperIndex index = PaperIndex.open(dir)) {
      index.upsert(List.of(p("2401.00001", "Old alpha")));
      try (IndexRebuild rebuild = index.startRebuild()) {
        rebuild.add(List.of(p("2401.00003", "New gamma")));
      }
      assertThat(ids(index, "alpha")).containsExactly("2401.00001");
      assertThat(generations(dir)).containsExactly("index-1");
      index.startRebuild().close(); // a new one can start
    }
  }

  @Test
  void searchesRunningDuringTheSwapNeverFail(@TempDir Path dir) throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "searcher"));
    try (PaperIndex index = PaperIndex.open(dir)) {
      index.upsert(List.of(p("2401.00001", "Alpha paper")));
      AtomicBoolean stop = new AtomicBoolean();
      CountDownLatch searching = new CountDownLatch(100);
      Future<Integer> searches = pool.submit(() -> {
        int n = 0;
        while (!stop.get()) {
          assertThat(index.search(SearchRequest.of("paper")).totalHits()).isEqualTo(1);
          searching.countDown();
          n++;
        }
        return n;
      });
      assertThat(searching.await(30, TimeUnit.SECONDS)).isTrue();
      try (IndexRebuild rebuild = index.startRebuild()) {
        rebuild.add(List.of(p("2401.00001", "Alpha paper again")));
        rebuild.swap();
      }
      assertThat(index.search(SearchRequest.of("again")).totalHits()).isEqualTo(1);
      stop.set(true);
      assertThat(searches.get(30, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(100);
    } finally {
      pool.shutdownNow();
    }
  }
}
