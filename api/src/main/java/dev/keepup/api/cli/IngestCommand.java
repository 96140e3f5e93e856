package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.ingest.ArxivResponseFiles;
import dev.keepup.api.ingest.IngestReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Ingests saved arXiv API responses into the graph and the index. */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Ingest saved arXiv API responses (Atom files).")
final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "arXiv API responses (export.arxiv.org/api/query answers).")
  List<Path> files;

  @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
  boolean json;

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        throw new UsageException("no such file: " + f);
      }
    }
    ArxivResponseFiles.Parsed parsed = new ArxivResponseFiles().read(files);
    IngestReport report;
    try (Application app = Application.open(store.load())) {
      report = app.ingest().ingest(parsed.papers()).withSkipped(parsed.skipped());
    }
    var out = spec.commandLine().getOut();
    out.printf("Ingested %d files: %d papers read, %d new, %d updated, %d unchanged, %d entries skipped.%n",
        files.size(), report.received(), report.created(), report.updated(), report.unchanged(), report.skipped());
    if (json) {
      JsonOutput.printLine(out, report);
    }
    return 0;
  }
}
