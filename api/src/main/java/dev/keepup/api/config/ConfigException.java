package dev.keepup.api.config;

/** A setting has a bad value; the message names the key. */
public final class ConfigException extends RuntimeException {

  public ConfigException(String message) {
    super(message);
  }

  static void require(boolean ok, String key, String problem) {
    if (!ok) {
      throw new ConfigException("config: " + key + " " + problem);
    }
  }
}
