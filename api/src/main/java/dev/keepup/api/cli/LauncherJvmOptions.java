package dev.keepup.api.cli;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The JVM options {@code ./keepup} chose for this JVM that a {@code ./keepup serve} started by it would
 * get too: the JDK AOT cache when {@code ./keepup aot-cache} made one for this build and JDK (see
 * bin/aot-cache.sh), and huge pages for the heap when the kernel offers them.
 */
final class LauncherJvmOptions {

  private LauncherJvmOptions() {}

  /** {@code -XX:AOTCache=…} with the {@code -Xlog:aot…} that goes with it, and {@code -XX:+UseTransparentHugePages}, as given. */
  static List<String> ofThisJvm() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("-XX:AOTCache=") || a.startsWith("-Xlog:aot") || a.equals("-XX:+UseTransparentHugePages"))
        .toList();
  }

  /** Whether this JVM started with an AOT cache. */
  static boolean aotCacheInUse() {
    return ofThisJvm().stream().anyMatch(a -> a.startsWith("-XX:AOTCache="));
  }
}
