package dev.keepup.api.cli;

import static dev.keepup.api.cli.LauncherScripts.path;
import static dev.keepup.api.cli.LauncherScripts.run;
import static dev.keepup.api.cli.LauncherScripts.tools;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/aot-cache.sh}: {@code ./keepup} hands the JVM the AOT cache only while it was made for
 * this checkout, this JDK and these jars; a stale cache is removed with one line, and a run never
 * fails for it.
 */
class AotCacheScriptTest {

  private static final String BASE_OPTS = "--enable-native-access=ALL-UNNAMED";
  /** The JDK's settings as {@code java -XshowSettings:properties -version} prints them, in part. */
  private static final String PROPS = """
          java.home = /opt/jdk-25
          java.vm.version = 25.0.1+8
          os.arch = amd64""";

  @TempDir Path here;
  private Path tools;
  private Path jar;
  private Path cache;

  @BeforeEach
  void setUp() throws Exception {
    tools = tools(here.resolve("tools"));
    jar = Files.createDirectories(here.resolve("api/target/lib")).resolveSibling("keepup.jar");
    Files.writeString(jar, "jar");
    Files.writeString(jar.resolveSibling("lib/lucene-core.jar"), "jar");
    cache = Files.createDirectories(here.resolve("api/target/aot")).resolve("keepup.aot");
  }

  @Test
  void usesACacheMadeForThisCheckoutJdkAndJars() throws Exception {
    makeCache(thisId());

    KeepupCommandTest.Run run = use(25, Map.of());

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().strip()).isEqualTo(BASE_OPTS + " -XX:AOTCache=" + cache + " -Xlog:aot*=off");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void removesACacheMadeForAnotherJdkWithOneLine() throws Exception {
    makeCache(thisId().replace("25.0.1+8", "25.0.2+10"));

    KeepupCommandTest.Run run = use(25, Map.of());

    assertThat(run.exit()).isZero();
    assertThat(run.out().strip()).isEqualTo(BASE_OPTS);
    assertThat(run.err().strip()).doesNotContain("\n").contains("removed the AOT cache").contains("./keepup aot-cache");
    assertThat(cache).doesNotExist();
    assertThat(cache.resolveSibling("keepup.aot.id")).doesNotExist();
  }

  @Test
  void removesACacheOlderThanAJarOfTheBuild() throws Exception {
    makeCache(thisId());
    Files.setLastModifiedTime(jar.resolveSibling("lib/lucene-core.jar"), FileTime.from(Instant.now().plusSeconds(60)));

    KeepupCommandTest.Run run = use(25, Map.of());

    assertThat(run.out().strip()).isEqualTo(BASE_OPTS);
    assertThat(cache).doesNotExist();
  }

  @Test
  void leavesTheCacheAloneWhenTurnedOffOverriddenOrTheJdkIsOlderThan25() throws Exception {
    makeCache(thisId());

    for (KeepupCommandTest.Run run : new KeepupCommandTest.Run[] {
        use(24, Map.of()),
        use(25, Map.of("KEEPUP_AOT", "0")),
        use(25, Map.of("KEEPUP_JAVA_OPTS", "-Xmx1g -XX:AOTCache=/elsewhere/app.aot"))}) {
      assertThat(run.exit()).as(run.err()).isZero();
      assertThat(run.out().strip()).isEqualTo(BASE_OPTS);
      assertThat(run.err()).isEmpty();
    }
    assertThat(cache).exists();
  }

  /** What the launcher would write beside a cache made now, by the script's own function. */
  private String thisId() throws Exception {
    KeepupCommandTest.Run run = script("keepup_aot_id", 25, Map.of());
    assertThat(run.out()).contains(here.toString()).contains("java.vm.version = 25.0.1+8");
    return run.out();
  }

  private void makeCache(String id) throws Exception {
    Files.writeString(cache, "cache");
    Files.writeString(cache.resolveSibling("keepup.aot.id"), id);
    Files.setLastModifiedTime(cache, FileTime.from(Instant.now().plusSeconds(30))); // made after the build
  }

  private KeepupCommandTest.Run use(int major, Map<String, String> env) throws Exception {
    return script("keepup_aot_use; echo \"$opts\"", major, env);
  }

  private KeepupCommandTest.Run script(String body, int major, Map<String, String> env) throws Exception {
    Map<String, String> all = new HashMap<>(env);
    all.put("PATH", path(tools));
    String before = "here='%s'; jar='%s'; opts='%s'; major=%d; JAVA_HOME=/opt/jdk-25; keepup_props='%s'"
        .formatted(here, jar, BASE_OPTS, major, PROPS);
    return run(before, "aot-cache.sh", body, all);
  }
}
