package dev.keepup.api.cli;

import dev.keepup.indexer.search.eval.BeirCollection;
import dev.keepup.indexer.search.eval.BeirEvaluation;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keepup eval search DIR}: search quality on a BEIR-format retrieval collection. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Index a BEIR-format collection (corpus.jsonl, queries.jsonl, qrels/NAME.tsv) with Keepup's search",
      "and score every judged query: nDCG@10, MRR@10, Recall@100. Writes the run in TREC format."
    })
public final class EvalSearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The collection's directory.")
  Path dir;

  @Option(names = "--split", paramLabel = "NAME", description = "Judgments to use: qrels/NAME.tsv (default: test, or the only one).")
  String split;

  @Option(names = "--run", paramLabel = "FILE", description = "Where to write the TREC run (default: search-run-SPLIT.trec).")
  Path run;

  @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
  boolean json;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(dir.resolve("corpus.jsonl")) || !Files.isRegularFile(dir.resolve("queries.jsonl"))) {
      throw new UsageException(dir + " is not a BEIR collection: corpus.jsonl and queries.jsonl are needed");
    }
    BeirCollection collection;
    try {
      collection = BeirCollection.read(dir, split);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Path runFile = run != null ? run : Path.of("search-run-" + collection.split() + ".trec");
    BeirEvaluation.Result result;
    try (TempIndexDir tmp = new TempIndexDir("keepup-eval-search")) {
      result = BeirEvaluation.run(collection, tmp.sub("index"), runFile);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s, split %s: %,d documents, %,d judged queries%n", dir, result.split(), result.documents(), result.queries());
    out.printf(Locale.ROOT, "nDCG@10   %.4f%nMRR@10    %.4f%nRecall@100 %.4f%n",
        result.scores().ndcgAt10(), result.scores().mrrAt10(), result.scores().recallAt100());
    out.printf("run written to %s%n", runFile);
    if (json) {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("ndcg_at_10", round(result.scores().ndcgAt10()));
      figures.put("mrr_at_10", round(result.scores().mrrAt10()));
      figures.put("recall_at_100", round(result.scores().recallAt100()));
      figures.put("queries", result.queries());
      figures.put("documents", result.documents());
      figures.put("split", result.split());
      figures.put("run", runFile.toString());
      JsonOutput.printLine(out, figures);
    }
    out.flush();
    return 0;
  }

  static double round(double value) {
    return Math.round(value * 10_000) / 10_000.0;
  }
}
