package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.graph.GraphCounts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Counts what the stores hold. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Count papers, researchers and links in the stores.")
final class StatsCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
  boolean json;

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  /** The figures this command reports. */
  record Stats(long papers, long researchers, long authorships, long categories, long indexedPapers) {}

  @Override
  public Integer call() {
    Stats stats;
    try (Application app = Application.open(store.load())) {
      GraphCounts g = app.graph().counts();
      stats = new Stats(g.papers(), g.researchers(), g.authorships(), g.categories(), app.index().count());
    }
    var out = spec.commandLine().getOut();
    out.printf("papers %d, researchers %d, authorships %d, categories %d; search index %d papers%n",
        stats.papers(), stats.researchers(), stats.authorships(), stats.categories(), stats.indexedPapers());
    if (json) {
      JsonOutput.printLine(out, stats);
    }
    return 0;
  }
}
