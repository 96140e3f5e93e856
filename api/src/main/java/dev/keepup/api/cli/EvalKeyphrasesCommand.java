package dev.keepup.api.cli;

import dev.keepup.indexer.nlp.InspecDocument;
import dev.keepup.indexer.nlp.KeyphraseEvaluation;
import dev.keepup.indexer.nlp.KeyphraseScores;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code keepup eval keyphrases DIR}: keyphrase quality on a collection in the Inspec layout, by
 * the protocol of the published results (top-k, Porter-stemmed exact match, macro F1).
 */
@Command(
    name = "keyphrases",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluate keyphrases on a collection in the Inspec layout (N.abstr + N.uncontr):",
      "precision, recall and F1 at 5 and 10, Porter-stemmed exact match, averaged over documents."
    })
public final class EvalKeyphrasesCommand implements Callable<Integer> {

  @Parameters(paramLabel = "DIR", description = "e.g. ../shared/data/keyphrase/inspec/validation")
  Path dir;

  @Option(names = "--json", description = "End with one JSON line of the figures.")
  boolean json;

  @Mixin TaggerOptions vocabularies;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("no such directory: " + dir + " (the Inspec data is in ../shared/data/keyphrase/inspec/)");
    }
    List<InspecDocument> documents = InspecDocument.readAll(dir);
    if (documents.isEmpty()) {
      throw new IOException("no N.abstr files with N.uncontr gold in " + dir);
    }
    KeyphraseEvaluation evaluation = new KeyphraseEvaluation(vocabularies.tagger());
    long start = System.nanoTime();
    KeyphraseScores scores = evaluation.evaluate(documents);
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    PrintWriter out = spec.commandLine().getOut();
    out.println(String.format(Locale.ROOT, "documents     %d (%s, %d s)", scores.documents(), dir, seconds));
    out.println(
        String.format(
            Locale.ROOT, "@5   P %.4f  R %.4f  F1 %.4f", scores.precisionAt5(), scores.recallAt5(), scores.f1At5()));
    out.println(
        String.format(
            Locale.ROOT, "@10  P %.4f  R %.4f  F1 %.4f", scores.precisionAt10(), scores.recallAt10(), scores.f1At10()));
    if (json) {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("documents", scores.documents());
      figures.put("precision_at_5", scores.precisionAt5());
      figures.put("recall_at_5", scores.recallAt5());
      figures.put("f1_at_5", scores.f1At5());
      figures.put("precision_at_10", scores.precisionAt10());
      figures.put("recall_at_10", scores.recallAt10());
      figures.put("f1_at_10", scores.f1At10());
      JsonOutput.printLine(out, figures);
    }
    out.flush();
    return 0;
  }
}
