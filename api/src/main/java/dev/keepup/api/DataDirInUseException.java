package dev.keepup.api;

import java.nio.file.Path;
import java.util.Optional;

/** Another Keepup process owns the data directory; {@link #server()} says where, when that process serves HTTP. */
public final class DataDirInUseException extends IllegalStateException {

  private final transient Optional<ServingAddress> server;

  DataDirInUseException(Path dataDir, Optional<ServingAddress> server) {
    super(server
        .map(s -> "the data directory " + dataDir + " is in use by keepup serve (pid " + s.pid() + ", " + s.url()
            + "); use its API or web UI, or stop it to run this command")
        .orElse("the data directory " + dataDir + " is in use by another Keepup process; stop it or use another --data-dir"));
    this.server = server;
  }

  public Optional<ServingAddress> server() {
    return server;
  }
}
