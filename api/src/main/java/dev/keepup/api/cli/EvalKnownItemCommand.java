package dev.keepup.api.cli;

import dev.keepup.indexer.search.corpus.ArxivMlRecords;
import dev.keepup.indexer.search.eval.KnownItemEvaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code keepup eval known-item [FILE]}: does each paper's exact title find it first? */
@Command(
    name = "known-item",
    mixinStandardHelpOptions = true,
    description = {
      "Index arXiv records (JSON lines as in data/arxiv-ml, gzipped or not), search each paper's exact",
      "title as literal text, and report the share of papers found at rank 1."
    })
public final class EvalKnownItemCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin RecordsFileMixin records;

  @Option(names = "--limit", paramLabel = "N", description = "Read at most N papers (default: all).")
  int limit = Integer.MAX_VALUE;

  @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
  boolean json;

  @Override
  public Integer call() {
    Path file = records.require();
    if (limit < 1) {
      throw new UsageException("--limit must be 1 or more");
    }
    ArxivMlRecords.Loaded loaded = ArxivMlRecords.read(file, limit);
    KnownItemEvaluation.Result result;
    try (TempIndexDir tmp = new TempIndexDir("keepup-eval-known-item")) {
      result = KnownItemEvaluation.run(loaded.papers(), tmp.sub("index"));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%s: %,d papers (%,d records skipped)%n", file, result.papers(), loaded.skipped());
    out.printf(Locale.ROOT, "exact title finds the paper at rank 1: %,d of %,d = %.2f %%%n",
        result.firstAtRank1(), result.papers(), 100 * result.share());
    out.printf(Locale.ROOT, "a paper with the same title at rank 1 (identical titles can't be told apart): %,d = %.2f %%%n",
        result.sameTitleAtRank1(), 100 * result.sameTitleShare());
    result.misses().forEach(m -> out.println("  missed: " + m));
    if (json) {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("papers", result.papers());
      figures.put("at_rank_1", result.firstAtRank1());
      figures.put("share_at_rank_1", EvalSearchCommand.round(result.share()));
      figures.put("same_title_at_rank_1", result.sameTitleAtRank1());
      figures.put("share_same_title_at_rank_1", EvalSearchCommand.round(result.sameTitleShare()));
      figures.put("skipped_records", loaded.skipped());
      JsonOutput.printLine(out, figures);
    }
    out.flush();
    return 0;
  }
}
