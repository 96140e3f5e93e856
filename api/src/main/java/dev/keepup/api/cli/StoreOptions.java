package dev.keepup.api.cli;

import dev.keepup.api.config.ConfigLoader;
import dev.keepup.api.config.KeepupConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that opens Keepup's stores. */
final class StoreOptions {

  @Option(names = "--config", paramLabel = "FILE", description = "Settings that override the shipped config/keepup.yaml.")
  Path configFile;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the graph and index live (default: data-dir of the config, ./data).")
  Path dataDir;

  KeepupConfig load() {
    KeepupConfig config = new ConfigLoader().load(configFile, System.getenv());
    return dataDir == null ? config : config.withDataDir(dataDir);
  }
}
