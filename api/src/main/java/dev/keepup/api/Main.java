package dev.keepup.api;

import dev.keepup.api.cli.KeepupCommand;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** The {@code keepup} program: runs the command line and exits with its code. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // The embedded Neo4j brings an SLF4J provider of its own; Keepup logs through Logback.
    System.setProperty("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
    SLF4JBridgeHandler.removeHandlersForRootLogger(); // the Neo4j driver logs through java.util.logging
    SLF4JBridgeHandler.install();
    System.exit(KeepupCommand.run(args));
  }
}
