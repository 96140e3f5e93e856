package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.config.ConfigLoader;
import dev.keepup.api.config.KeepupConfig;
import dev.keepup.api.http.HttpApi;
import dev.keepup.api.ingest.SampleData;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The training run of the JDK's AOT cache ({@code ./keepup aot-cache} runs it under
 * {@code -XX:AOTCacheOutput}): what a start-up of {@code serve}, {@code demo} or {@code import} loads
 * and links — opening the stores, ingesting and tagging the shipped sample papers, then answering
 * the request mix of {@code bench serve} over loopback HTTP — in a throw-away data directory.
 */
@Command(name = "aot-training", hidden = true, mixinStandardHelpOptions = true,
    description = "The AOT cache's training run (run by `./keepup aot-cache`; a throw-away data directory).")
final class AotTrainingCommand implements Callable<Integer> {

  private static final int REQUESTS = 400;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    // One client asks as fast as it can, as in `bench serve`: the per-client rate limit is off.
    Map<String, String> env = Map.of("KEEPUP_HTTP_RATE_LIMIT_PER_MINUTE", "0");
    try (TempIndexDir tmp = new TempIndexDir("keepup-aot-training")) {
      KeepupConfig config = new ConfigLoader().load(null, env).withDataDir(tmp.sub("data"));
      try (Application app = Application.open(config)) {
        app.ingest().ingest(SampleData.papers().papers());
        try (HttpApi http = HttpApi.start(app, "127.0.0.1", 0)) {
          ServeQueryMix.Result result = new ServeQueryMix("http://127.0.0.1:" + http.port(), 1).run(REQUESTS);
          if (result.errors() > 0) {
            throw new IllegalStateException(result.errors() + " of the training requests failed, e.g. " + result.firstErrors());
          }
        }
      }
    }
    spec.commandLine().getOut().printf("AOT training done: %d papers ingested, %d requests answered.%n",
        SampleData.papers().papers().size(), REQUESTS);
    return 0;
  }
}
