package dev.keepup.api.cli;

import dev.keepup.api.config.KeepupConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that serve the HTTP API. */
final class ServerOptions {

  @Mixin StoreOptions store;

  @Option(names = "--port", paramLabel = "PORT", description = "HTTP port (default: http.port of the config, 8080; 0 picks a free one).")
  Integer port;

  KeepupConfig load() {
    KeepupConfig config = store.load();
    if (port != null) {
      if (port < 0 || port > 65_535) {
        throw new UsageException("--port must be between 0 and 65535, got " + port);
      }
      config = config.withPort(port);
    }
    return config;
  }
}
