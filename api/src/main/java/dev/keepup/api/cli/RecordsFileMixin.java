package dev.keepup.api.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The optional FILE of arXiv records (JSON lines as in data/arxiv-ml) that search eval and bench read. */
final class RecordsFileMixin {

  static final Path DEFAULT_PAPERS = Path.of("../shared/data/arxiv-ml/papers.jsonl.gz");

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "arXiv records, gzipped or not (default: ${DEFAULT-VALUE}).")
  Path file = DEFAULT_PAPERS;

  /** The file, after checking that it is there. */
  Path require() {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("no records at " + file + "; give a FILE");
    }
    return file;
  }
}
