package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.ingest.IndexRebuilder;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Rebuilds the search index from the graph. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild the search index from the graph (the system of record); the old index serves until the new one is ready.")
final class ReindexCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
  boolean json;

  @Option(names = "--retag", description = "Tag every paper again (after a change of the topic or skill vocabularies) instead of using the tags the graph keeps.")
  boolean retag;

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  /** What a reindex did. */
  record Reindexed(long papers, long retagged, long posts, double seconds) {}

  @Override
  public Integer call() {
    long started = System.nanoTime();
    IndexRebuilder.Rebuilt rebuilt;
    try (Application app = Application.open(store.load())) {
      Progress progress = new Progress(spec.commandLine().getErr(), "papers", app.graph().counts().papers());
      rebuilt = app.indexRebuilder().rebuild(retag, progress::update);
      progress.done();
    }
    Reindexed result = new Reindexed(rebuilt.papers(), rebuilt.retagged(), rebuilt.posts(), (System.nanoTime() - started) / 1e9);
    var out = spec.commandLine().getOut();
    out.printf("Reindexed %d papers (%d tagged again) and %d posts in %.1f s.%n",
        result.papers(), result.retagged(), result.posts(), result.seconds());
    if (json) {
      JsonOutput.printLine(out, result);
    }
    return 0;
  }
}
