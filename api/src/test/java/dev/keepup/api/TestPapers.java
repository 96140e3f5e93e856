package dev.keepup.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Copies the recorded arXiv responses shipped as sample data to files, as a user would have them. */
public final class TestPapers {

  private TestPapers() {}

  /** Writes the sample response {@code name} to {@code dir}, passed through {@code edit}. */
  public static Path sampleFile(Path dir, String name, UnaryOperator<String> edit) {
    try (InputStream in = TestPapers.class.getClassLoader().getResourceAsStream("samples/arxiv-api/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + name);
      }
      Path file = dir.resolve(name);
      Files.writeString(file, edit.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path sampleFile(Path dir, String name) {
    return sampleFile(dir, name, UnaryOperator.identity());
  }
}
