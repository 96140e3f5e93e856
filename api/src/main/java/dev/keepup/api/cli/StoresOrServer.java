package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.DataDirInUseException;
import dev.keepup.api.ServingAddress;
import dev.keepup.api.config.KeepupConfig;
import java.util.function.Function;

/**
 * Where a command does its work: on the stores when this process can own the data directory, else
 * through the HTTP API of the {@code keepup serve} that owns it. Any other owner is an error that
 * says so.
 */
final class StoresOrServer {

  private StoresOrServer() {}

  static <T> T apply(KeepupConfig config, Function<Application, T> onStores, Function<ServerClient, T> viaServer) {
    try (Application app = Application.open(config)) {
      return onStores.apply(app);
    } catch (DataDirInUseException e) {
      ServingAddress server = e.server().orElseThrow(() -> e);
      return viaServer.apply(new ServerClient(server, config.http().apiToken()));
    }
  }
}
