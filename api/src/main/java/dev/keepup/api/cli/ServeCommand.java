package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.crawl.Crawl;
import dev.keepup.api.digest.Cadence;
import dev.keepup.api.digest.DigestScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Serves the HTTP API and runs the scheduler (crawl, then digests) until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the HTTP API and web UI until Ctrl-C, crawling on arXiv's announcement schedule",
        "(20:30 America/New_York, Sunday to Thursday) and building and delivering digests after each crawl."})
final class ServeCommand implements Callable<Integer> {

  @Option(names = "--no-scheduler", description = "Serve only: no scheduled crawls or digests.")
  boolean noScheduler;

  @Mixin ServerOptions server;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    Server.run(server.load(), spec.commandLine().getOut(), app -> {}, app -> noScheduler ? () -> {} : scheduler(app));
    return 0;
  }

  private static AutoCloseable scheduler(Application app) {
    Instant lastCrawl = app.crawlStates().get(Crawl.ARXIV_LISTING).lastAttempt();
    Runnable crawl = () -> {
      app.crawlJobs().start();
      try {
        app.crawlJobs().awaitIdle(Duration.ofHours(3));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    DigestScheduler scheduler = new DigestScheduler(Cadence.parse(DigestScheduler.ARXIV_CRAWL, DigestScheduler.ARXIV_ZONE),
        crawl, app.digests(), Clock.systemUTC(), lastCrawl == null ? Instant.EPOCH : lastCrawl);
    scheduler.start();
    return scheduler;
  }
}
