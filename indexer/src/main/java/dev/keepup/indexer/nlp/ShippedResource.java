package dev.keepup.indexer.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a data file that ships inside the indexer jar; a missing or broken one is a build bug. */
final class ShippedResource {

  /** Reads a stream into a value. */
  @FunctionalInterface
  interface Reader<T> {
    T read(InputStream in) throws IOException;
  }

  private ShippedResource() {}

  static <T> T read(String resource, Reader<T> reader) {
    InputStream in = ShippedResource.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    try (in) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
