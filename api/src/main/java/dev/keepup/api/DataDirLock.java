package dev.keepup.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes one process the owner of a data directory: the graph and the index are single-writer. The
 * new owner removes the {@link ServingAddress} a server that was killed left behind.
 */
final class DataDirLock implements AutoCloseable {

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static DataDirLock acquire(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      FileChannel channel =
          FileChannel.open(dataDir.resolve("keepup.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new DataDirInUseException(dataDir, ServingAddress.of(dataDir));
      }
      DataDirLock owned = new DataDirLock(channel, lock);
      try {
        ServingAddress.clear(dataDir);
      } catch (UncheckedIOException e) {
        owned.close();
        throw e;
      }
      return owned;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the data directory " + dataDir + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
      channel.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
