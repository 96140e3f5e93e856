package dev.keepup.api.cli;

import dev.keepup.crawler.source.SourcesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which source list to crawl: the shipped config/sources.yaml, or the user's own. */
final class SourcesOptions {

  static final String SHIPPED = "config/sources.yaml";

  @Option(names = "--sources", paramLabel = "FILE", description = "The source list (default: the shipped config/sources.yaml).")
  Path file;

  SourcesConfig load() {
    try {
      if (file != null) {
        if (!Files.isRegularFile(file)) {
          throw new UsageException("no such file: " + file);
        }
        return SourcesConfig.load(file);
      }
      try (InputStream in = SourcesOptions.class.getClassLoader().getResourceAsStream(SHIPPED)) {
        if (in == null) {
          throw new IllegalStateException(SHIPPED + " is missing from the class path: the build is broken");
        }
        return SourcesConfig.load(in, SHIPPED);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the source list: " + e.getMessage(), e);
    }
  }
}
