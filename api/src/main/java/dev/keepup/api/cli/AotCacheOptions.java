package dev.keepup.api.cli;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The JDK AOT cache options this JVM was started with: {@code ./keepup} adds them when
 * {@code ./keepup aot-cache} made a cache for this build and JDK (see bin/aot-cache.sh).
 */
final class AotCacheOptions {

  private AotCacheOptions() {}

  /** {@code -XX:AOTCache=…} and the {@code -Xlog:aot…} that goes with it, or nothing. */
  static List<String> ofThisJvm() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("-XX:AOTCache=") || a.startsWith("-Xlog:aot"))
        .toList();
  }

  /** Whether this JVM started with an AOT cache. */
  static boolean inUse() {
    return ofThisJvm().stream().anyMatch(a -> a.startsWith("-XX:AOTCache="));
  }
}
