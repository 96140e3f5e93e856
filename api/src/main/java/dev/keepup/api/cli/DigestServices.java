package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.digest.DigestService;
import dev.keepup.api.digest.DigestSettings;
import java.time.Clock;
import okhttp3.OkHttpClient;

/** The digest service of an application opened by a command, with settings from the environment. */
final class DigestServices {

  private DigestServices() {}

  static DigestService of(Application app) {
    return DigestService.create(app.driver(), app.config().graph().database(), app.index(),
        DigestSettings.fromEnvironment(System.getenv()), new OkHttpClient(), Clock.systemUTC());
  }
}
