package dev.keepup.api.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the launcher's shell functions ({@code bin/*.sh}) in a real {@code sh}, with a chosen
 * environment and a PATH holding only the tools they need, so that the machine's own JDKs stay out of
 * sight; and makes stand-in JDKs whose {@code java} reports a chosen release.
 */
final class LauncherScripts {

  static final Path BIN = Path.of("..", "bin").toAbsolutePath().normalize();

  private LauncherScripts() {}

  /** Sources {@code bin/<script>}, then runs {@code body}; the environment holds {@code env} and nothing else. */
  static KeepupCommandTest.Run run(String script, String body, Map<String, String> env) throws Exception {
    return run("", script, body, env);
  }

  /** Runs {@code before} (setting what the script reads as it is sourced), sources the script, then runs {@code body}. */
  static KeepupCommandTest.Run run(String before, String script, String body, Map<String, String> env)
      throws Exception {
    ProcessBuilder builder = new ProcessBuilder("sh", "-c", before + "\n. \"" + BIN.resolve(script) + "\"\n" + body);
    builder.environment().clear();
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the script did not end: " + body);
    }
    return new KeepupCommandTest.Run(
        process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
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

  static String path(Path... folders) {
    List<String> parts = new ArrayList<>();
    for (Path folder : folders) {
      parts.add(folder.toString());
    }
    return String.join(":", parts);
  }

  private static void executable(Path file, String text) throws IOException {
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
