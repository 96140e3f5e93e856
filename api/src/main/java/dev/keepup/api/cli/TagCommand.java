package dev.keepup.api.cli;

import dev.keepup.indexer.nlp.ConceptTag;
import dev.keepup.indexer.nlp.Keyphrase;
import dev.keepup.indexer.nlp.Tags;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keepup tag "text"}: shows the keyphrases, topics and skills the tagger finds in a text. */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = "Print the keyphrases, topics and skills Keepup finds in a text (title and abstract).")
public final class TagCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "TEXT", description = "The text (an abstract); several words are joined by spaces.")
  List<String> text;

  @Option(names = "--title", paramLabel = "TITLE", description = "The paper's title, if any.")
  String title = "";

  @Option(names = "--json", description = "Print the tags as one JSON object.")
  boolean json;

  @Mixin TaggerOptions vocabularies;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Tags tags = vocabularies.tagger().tag(title, String.join(" ", text));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      JsonOutput.printLine(out, tags);
      return 0;
    }
    out.println("keyphrases:");
    printKeyphrases(out, tags.keyphrases());
    out.println("topics:");
    printConcepts(out, tags.topics());
    out.println("skills:");
    printConcepts(out, tags.skills());
    out.flush();
    return 0;
  }

  private static void printKeyphrases(PrintWriter out, List<Keyphrase> keyphrases) {
    if (keyphrases.isEmpty()) {
      out.println("  (none)");
    }
    keyphrases.forEach(k -> out.println(String.format(Locale.ROOT, "  %.2f  %s", k.score(), k.phrase())));
  }

  private static void printConcepts(PrintWriter out, List<ConceptTag> concepts) {
    if (concepts.isEmpty()) {
      out.println("  (none)");
    }
    concepts.forEach(c -> out.println(String.format(Locale.ROOT, "  %.2f  %-32s %s", c.score(), c.id(), c.label())));
  }
}
