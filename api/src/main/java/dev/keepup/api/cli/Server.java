package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.ServingAddress;
import dev.keepup.api.http.HttpApi;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;

/** Runs the application and its HTTP API until the process is asked to stop (Ctrl-C, SIGTERM). */
final class Server {

  private Server() {}

  /**
   * Opens the stores, lets {@code beforeServing} prepare them, serves, starts {@code background}
   * work (stopped first on shutdown), and blocks until stopped.
   */
  static void run(dev.keepup.api.config.KeepupConfig config, PrintWriter out, Consumer<Application> beforeServing,
      Function<Application, AutoCloseable> background) throws InterruptedException {
    long started = System.nanoTime();
    Application app = Application.open(config);
    HttpApi http;
    AutoCloseable work;
    try {
      beforeServing.accept(app);
      http = HttpApi.start(app, config.http().host(), config.http().port());
      work = background.apply(app);
    } catch (RuntimeException e) {
      app.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        work.close();
      } catch (Exception e) {
        out.println("keepup: stopping background work: " + e.getMessage());
      }
      ServingAddress.clear(config.dataDir());
      http.close();
      app.close();
      out.println("Keepup stopped.");
      out.flush();
      stopped.countDown();
    }, "keepup-shutdown"));
    String base = "http://" + hostForUrl(config.http().host()) + ":" + http.port();
    ServingAddress.record(config.dataDir(), base);
    out.printf("Keepup is ready in %.1f s: %d papers.%n", (System.nanoTime() - started) / 1e9, app.index().count());
    out.println("  health:  " + base + "/api/health");
    out.println("  search:  " + base + "/api/search?q=deep+learning");
    out.println("  a paper: " + base + "/api/papers/2202.12139");
    out.println("  data in: " + config.dataDir().toAbsolutePath());
    out.println("Press Ctrl-C to stop.");
    out.flush();
    stopped.await();
  }

  private static String hostForUrl(String host) {
    return host.equals("0.0.0.0") ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
  }
}
