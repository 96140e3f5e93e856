package dev.keepup.api.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted for one test, to make a real "no space left on device" or "read-only file
 * system". It needs root and mount(8), as in CI; without them the test fails with a message saying
 * so, it never skips.
 */
final class Tmpfs implements AutoCloseable {

  private final Path dir;

  private Tmpfs(Path dir) {
    this.dir = dir;
  }

  /** Mounts a tmpfs of {@code megabytes} on {@code dir} (created if needed). */
  static Tmpfs mount(Path dir, int megabytes) throws IOException {
    Files.createDirectories(dir);
    run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m,mode=0755", "keepup-test", dir.toString());
    return new Tmpfs(dir);
  }

  Path dir() {
    return dir;
  }

  /** Remounts it read-only, as a disk gone read-only after an error would be. */
  void readOnly() {
    run("mount", "-o", "remount,ro", dir.toString());
  }

  /** Fills it until at most {@code leftBytes} are free; returns the filler file. */
  Path fill(long leftBytes) throws IOException {
    Path filler = dir.resolve("filler");
    long free = Files.getFileStore(dir).getUsableSpace();
    try (var out = Files.newOutputStream(filler)) {
      byte[] block = new byte[64 * 1024];
      for (long written = 0; written + block.length <= free - leftBytes; written += block.length) {
        out.write(block);
      }
    }
    return filler;
  }

  @Override
  public void close() {
    run("umount", "-l", dir.toString());
  }

  private static void run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      boolean done = p.waitFor(1, TimeUnit.MINUTES);
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!done || p.exitValue() != 0) {
        throw new AssertionError(String.join(" ", List.of(command)) + " failed (" + output + "): the storage fault"
            + " tests need root and mount(8) for a small tmpfs, as CI has; run them as root");
      }
    } catch (IOException e) {
      throw new AssertionError("cannot run " + command[0] + " (" + e.getMessage() + "): the storage fault tests need root and mount(8)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
