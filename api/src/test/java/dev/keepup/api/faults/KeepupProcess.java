package dev.keepup.api.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code keepup} program in a child process: the java of the JDK running the tests, the
 * test class path, {@code dev.keepup.api.Main}; its output goes to files, so it never blocks on a
 * full pipe.
 */
record KeepupProcess(Process process, Path out, Path err) {

  /** Starts {@code keepup args…} with extra environment variables; output files go to {@code logs}. */
  static KeepupProcess start(Path logs, String name, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
        "-cp", System.getProperty("java.class.path"), "dev.keepup.api.Main"));
    command.addAll(List.of(args));
    try {
      Files.createDirectories(logs);
      Path out = logs.resolve(name + ".out");
      Path err = logs.resolve(name + ".err");
      ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().putAll(env);
      return new KeepupProcess(builder.start(), out, err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code keepup args…} to its end (at most {@code minutes}) and returns the exit code. */
  static KeepupProcess run(Path logs, String name, Map<String, String> env, int minutes, String... args) {
    KeepupProcess p = start(logs, name, env, args);
    p.awaitExit(minutes);
    return p;
  }

  /** Waits for the process to end; kills it and fails when it takes longer than {@code minutes}. */
  int awaitExit(int minutes) {
    try {
      if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("keepup did not finish within " + minutes + " min; stderr:\n" + err());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** SIGKILL, as the kernel's OOM killer or a power cut would end it: no shutdown hooks run. */
  void kill() {
    try {
      process.destroyForcibly().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  int exit() {
    return process.exitValue();
  }

  String stdout() {
    return read(out);
  }

  String stderr() {
    return read(err);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
