package dev.keepup.api;

import dev.keepup.api.cli.KeepupCommand;

/** The {@code keepup} program: runs the command line and exits with its code. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(KeepupCommand.run(args));
  }
}
