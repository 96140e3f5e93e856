package dev.keepup.api.cli;

/** A command's arguments are wrong in a way picocli could not see; exits with code 2. */
public final class UsageException extends RuntimeException {
  public UsageException(String message) {
    super(message);
  }
}
