package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.crawler.source.BlogSource;
import dev.keepup.crawler.source.Opml;
import dev.keepup.crawler.xml.XmlException;
import dev.keepup.graph.source.SourceStates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Adds the blogs of an OPML file (what feed readers export). */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Follow every blog of an OPML file.")
final class SourcesImportCommand implements Callable<Integer> {

  private static final long MAX_BYTES = 4L << 20;

  @Parameters(index = "0", paramLabel = "FILE", description = "An OPML file.")
  Path file;

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("no such file: " + file);
    }
    if (Files.size(file) > MAX_BYTES) {
      throw new UsageException(file + " is larger than 4 MiB");
    }
    List<BlogSource> blogs;
    try {
      blogs = Opml.read(Files.readAllBytes(file));
    } catch (XmlException e) {
      throw new IllegalArgumentException(file + " is not OPML: " + e.getMessage(), e);
    }
    try (Application app = Application.open(store.load())) {
      SourceStates states = app.sourceStates();
      blogs.forEach(b -> states.addBlog(new SourceStates.AddedBlog(b.id(), b.name(), b.feed().toString(),
          b.home() == null ? null : b.home().toString())));
    }
    spec.commandLine().getOut().printf("Added %d blogs from %s.%n", blogs.size(), file);
    return 0;
  }
}
