package dev.keepup.api.cli;

import static dev.keepup.api.cli.LauncherScripts.jdk;
import static dev.keepup.api.cli.LauncherScripts.path;
import static dev.keepup.api.cli.LauncherScripts.run;
import static dev.keepup.api.cli.LauncherScripts.tools;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/find-jdk.sh}, which {@code ./keepup}, {@code ./mvnw} and CI source: a JDK of release 21 or
 * newer from {@code JAVA_HOME}, else {@code java} on PATH, else the newest in the install folders, else
 * one line saying what to install. Stand-in JDKs only; the machine's own stay out of sight.
 */
class FindJdkScriptTest {

  /** Prints where JAVA_HOME points after the search, and exits with the search's status. */
  private static final String FIND = """
      keepup_jvm_roots="$ROOTS"
      keepup_find_jdk; status=$?
      echo "${JAVA_HOME:-}"
      exit $status
      """;

  @TempDir Path dir;
  private Path tools;
  private Path roots;

  @BeforeEach
  void setUp() throws Exception {
    tools = tools(dir.resolve("tools"));
    roots = Files.createDirectories(dir.resolve("jvm")).toRealPath();
  }

  @Test
  void keepsAJavaHomeOfRelease21OrNewer() throws Exception {
    Path home = jdk(dir.resolve("jdk-21"), 21, true);
    jdk(roots.resolve("jdk-25"), 25, true);

    KeepupCommandTest.Run run = find(Map.of("JAVA_HOME", home.toString(), "PATH", path(tools)));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().strip()).isEqualTo(home.toString());
  }

  @Test
  void passesOverAnOlderJavaHomeOrAJreToTheJdkBehindJavaOnPath() throws Exception {
    Path old = jdk(dir.resolve("jdk-17"), 17, true);
    Path jre = jdk(dir.resolve("jre-22"), 22, false);
    Path behindPath = jdk(dir.resolve("jdk-23"), 23, true).toRealPath();
    Path links = Files.createDirectories(dir.resolve("alternatives")); // as Debian's /usr/bin/java -> /etc/alternatives/java
    Files.createSymbolicLink(links.resolve("java"), behindPath.resolve("bin/java"));

    for (Path javaHome : new Path[] {old, jre}) {
      KeepupCommandTest.Run run = find(Map.of("JAVA_HOME", javaHome.toString(), "PATH", path(tools, links)));

      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.out().strip()).as("JAVA_HOME was " + javaHome).isEqualTo(behindPath.toString());
    }
  }

  @Test
  void takesTheNewestJdkOfTheInstallFoldersWhenNothingElseServes() throws Exception {
    Path onPath = jdk(dir.resolve("jdk-17"), 17, true);
    Path other = Files.createDirectories(dir.resolve("other-root")).toRealPath();
    jdk(roots.resolve("jdk-21"), 21, true);
    jdk(roots.resolve("jre-26"), 26, false);
    Path newest = jdk(other.resolve("temurin-24.jdk/Contents/Home"), 24, true); // macOS's layout
    jdk(other.resolve("jdk-22"), 22, true);

    KeepupCommandTest.Run run = find(Map.of(
        "PATH", path(tools, onPath.resolve("bin")), "ROOTS", roots + " " + other + " " + dir.resolve("absent")));

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().strip()).isEqualTo(newest.toString());
  }

  @Test
  void saysInOneLineWhatToInstallWhenThereIsNoJdk21() throws Exception {
    Path old = jdk(roots.resolve("java-17-openjdk"), 17, true);

    KeepupCommandTest.Run run = find(Map.of("JAVA_HOME", old.toString(), "PATH", path(tools, old.resolve("bin"))));

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip()).doesNotContain("\n").startsWith("keepup: no JDK 21 or newer found")
        .contains("apt-get install openjdk-21-jdk").contains("JAVA_HOME");
  }

  private KeepupCommandTest.Run find(Map<String, String> env) throws Exception {
    Map<String, String> withRoots = new HashMap<>(env);
    withRoots.putIfAbsent("ROOTS", roots.toString());
    return run("", "find-jdk.sh", FIND, withRoots);
  }
}
