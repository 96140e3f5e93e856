package dev.keepup.indexer.search.eval;

import dev.keepup.indexer.search.PaperIndex;
import dev.keepup.indexer.search.QueryText;
import dev.keepup.indexer.search.SearchHit;
import dev.keepup.indexer.search.SearchRequest;
import dev.keepup.indexer.search.TextDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Indexes a {@link BeirCollection} into a fresh index, runs each judged query as literal text
 * (words combined with OR, as BM25 baselines do), writes the run in TREC format and scores it.
 */
public final class BeirEvaluation {

  /** Hits kept per query: Recall@100 needs 100. */
  public static final int DEPTH = 100;
  private static final int BATCH = 5_000;

  /** The figures of one evaluation. */
  public record Result(String split, int documents, int queries, RetrievalMetrics.Scores scores) {}

  private BeirEvaluation() {}

  /** Evaluates in an index built in {@code indexDir} (empty or new) and writes the run to {@code runFile}. */
  public static Result run(BeirCollection collection, Path indexDir, Path runFile) {
    List<RetrievalMetrics.Scores> perQuery = new ArrayList<>();
    try (PaperIndex index = PaperIndex.open(indexDir);
        Writer run = Files.newBufferedWriter(runFile, StandardCharsets.UTF_8)) {
      List<TextDocument> corpus = collection.corpus();
      for (int from = 0; from < corpus.size(); from += BATCH) {
        index.upsertTexts(corpus.subList(from, Math.min(corpus.size(), from + BATCH)));
      }
      for (Map.Entry<String, String> q : collection.queries().entrySet()) {
        List<SearchHit> hits = index.search(request(q.getValue())).hits();
        List<String> ranked = hits.stream().map(SearchHit::id).toList();
        perQuery.add(RetrievalMetrics.of(ranked, collection.qrels().get(q.getKey())));
        for (int i = 0; i < hits.size(); i++) {
          run.write(String.format(Locale.ROOT, "%s Q0 %s %d %.6f keepup%n", q.getKey(), hits.get(i).id(), i + 1, hits.get(i).score()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the run " + runFile + ": " + e.getMessage(), e);
    }
    return new Result(collection.split(), collection.corpus().size(), perQuery.size(), RetrievalMetrics.mean(perQuery));
  }

  static SearchRequest request(String queryText) {
    return SearchRequest.of(QueryText.literal(queryText)).withMatch(SearchRequest.Match.ANY).withPageSize(DEPTH);
  }
}
