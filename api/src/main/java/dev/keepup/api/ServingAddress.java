package dev.keepup.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Where a running {@code keepup serve} answers, kept in its data directory ({@value #FILE}) while it
 * serves, so that a command refused by the data directory's lock can name the server, or send its
 * request there. Only the lock's holder writes it; a new holder removes a stale one.
 */
public record ServingAddress(String url, long pid) {

  static final String FILE = "serving.json";
  private static final int MAX_BYTES = 4096;

  /** Records that this process serves {@code url} from {@code dataDir}. */
  public static void record(Path dataDir, String url) {
    Path file = dataDir.resolve(FILE);
    Path temp = dataDir.resolve(FILE + ".tmp");
    try {
      Json.MAPPER.writeValue(temp.toFile(), new ServingAddress(url, ProcessHandle.current().pid()));
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** The address recorded in {@code dataDir}, if any and readable. */
  static Optional<ServingAddress> of(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    try {
      if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
        return Optional.empty();
      }
      ServingAddress address = Json.MAPPER.readValue(file.toFile(), ServingAddress.class);
      return address.url() == null ? Optional.empty() : Optional.of(address);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Forgets the address of {@code dataDir}. */
  public static void clear(Path dataDir) {
    try {
      Files.deleteIfExists(dataDir.resolve(FILE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + dataDir.resolve(FILE) + ": " + e.getMessage(), e);
    }
  }
}
