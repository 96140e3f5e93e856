package dev.keepup.api.cli;

import dev.keepup.api.ingest.ArxivResponseFiles;
import dev.keepup.api.ingest.IngestReport;
import dev.keepup.api.ingest.SampleData;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Starts Keepup on the embedded default with the shipped sample papers and serves the API. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Start Keepup with the sample arXiv papers shipped in it and serve the HTTP API until Ctrl-C.",
      "Uses the embedded graph database: nothing to install."
    })
final class DemoCommand implements Callable<Integer> {

  @Mixin ServerOptions server;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    var out = spec.commandLine().getOut();
    Server.run(server.load(), out, app -> {
      ArxivResponseFiles.Parsed sample = SampleData.papers();
      IngestReport report = app.ingest().ingest(sample.papers()).withSkipped(sample.skipped());
      out.printf("Sample data: %d entries, %d new, %d updated, %d already known.%n",
          report.received(), report.created(), report.updated(), report.unchanged());
    }, app -> () -> {});
    return 0;
  }
}
