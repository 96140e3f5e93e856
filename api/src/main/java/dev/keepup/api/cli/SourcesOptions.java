package dev.keepup.api.cli;

import dev.keepup.api.crawl.SourceList;
import dev.keepup.crawler.source.SourcesConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which source list to crawl: the shipped config/sources.yaml, or the user's own. */
final class SourcesOptions {

  @Option(names = "--sources", paramLabel = "FILE", description = "The source list (default: the shipped config/sources.yaml).")
  Path file;

  /** The list given with --sources (plus the blogs users added), else the one of the application. */
  SourcesConfig load(dev.keepup.api.Application app) {
    if (file == null) {
      return app.sources();
    }
    if (!Files.isRegularFile(file)) {
      throw new UsageException("no such file: " + file);
    }
    return SourceList.withAdded(SourceList.load(file), app.sourceStates().addedBlogs());
  }
}
