package dev.keepup.api.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs the launcher's shell functions ({@code bin/*.sh}) in a real {@code sh}, with a chosen
 * environment and a PATH holding only the tools they need, so that the machine's own JDKs stay out of
 * sight; and makes stand-in JDKs whose {@code java} reports a chosen release.
 */
final class LauncherScripts {

  static final Path BIN = Path.of("..", "bin").toAbsolutePath().normalize();

  private LauncherScripts() {}

  /**
   * Runs {@code before} (setting what the script reads as it is sourced), sources {@code bin/<script>},
   * then runs {@code body}; the environment holds {@code env} and nothing else. Output goes to files,
   * so a chatty script never blocks on a full pipe and a hung one fails after a minute.
   */
  static KeepupCommandTest.Run run(String before, String script, String body, Map<String, String> env)
      throws Exception {
    Path out = Files.createTempFile("launcher-", ".out");
    Path err = Files.createTempFile("launcher-", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder("sh", "-c", before + "\n. \"" + BIN.resolve(script) + "\"\n" + body)
          .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
          .redirectOutput(out.toFile())
          .redirectError(err.toFile());
      builder.environment().clear();
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(1, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor();
        throw new AssertionError("the script did not end within a minute: " + body);
      }
      return new KeepupCommandTest.Run(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** A folder of stand-ins for the few tools the scripts call, to be the whole PATH (with stand-in JDKs' folders). */
  static Path tools(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String tool : List.of("sed", "head", "readlink", "dirname", "cat", "grep", "find", "rm", "printf")) {
      for (String folder : List.of("/usr/bin", "/bin")) {
        Path found = Path.of(folder, tool);
        if (Files.isExecutable(found)) {
          executable(dir.resolve(tool), "#!/bin/sh\nexec " + found + " \"$@\"\n");
          break;
        }
      }
    }
    return dir;
  }

  /** A stand-in JDK (or JRE, without {@code javac}) whose {@code java} prints the settings of {@code release}. */
  static Path jdk(Path home, int release, boolean withJavac) throws IOException {
    Path bin = Files.createDirectories(home.resolve("bin"));
    executable(bin.resolve("java"), """
        #!/bin/sh
        echo "Property settings:" >&2
        echo "    java.specification.version = %d" >&2
        echo 'openjdk version "%d"' >&2
        """.formatted(release, release));
    if (withJavac) {
      executable(bin.resolve("javac"), "#!/bin/sh\nexit 0\n");
    }
    return home;
  }

  /** The folders as a PATH. */
  static String path(Path... folders) {
    return Arrays.stream(folders).map(Path::toString).collect(Collectors.joining(":"));
  }

  private static void executable(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
