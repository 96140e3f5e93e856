package dev.keepup.api.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Serves the HTTP API over the stores of the data directory until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the HTTP API until Ctrl-C.")
final class ServeCommand implements Callable<Integer> {

  @Mixin ServerOptions server;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Server.run(server.load(), spec.commandLine().getOut(), app -> {});
    return 0;
  }
}
