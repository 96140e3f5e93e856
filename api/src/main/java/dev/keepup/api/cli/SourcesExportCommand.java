package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.crawler.source.Opml;
import java.time.ZonedDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the blog list as OPML, for a feed reader or another Keepup. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Print the blogs followed as OPML.")
final class SourcesExportCommand implements Callable<Integer> {

  @Mixin StoreOptions store;
  @Mixin SourcesOptions sources;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (Application app = Application.open(store.load())) {
      spec.commandLine().getOut().print(Opml.write("Keepup blogs", sources.load(app).blogs(), ZonedDateTime.now()));
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
