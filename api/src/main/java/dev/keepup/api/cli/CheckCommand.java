package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.check.ConsistencyCheck;
import dev.keepup.api.check.ConsistencyReport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Verifies that the graph and the search index agree; exit code 1 when they do not. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Verify that the graph and the search index agree: every paper in both at the same version,",
        "no duplicates, no orphans. Exit code 0 when consistent, 1 when not (each difference is listed)."})
final class CheckCommand implements Callable<Integer> {

  @Option(names = "--json", description = "Print the counts as one JSON object on the last line.")
  boolean json;

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  /** The figures of a check, by kind of discrepancy. */
  record Checked(boolean consistent, long graphPapers, long graphPosts, long indexDocuments, long problems,
      Map<String, Long> discrepancies) {}

  @Override
  public Integer call() {
    ConsistencyReport report;
    try (Application app = Application.open(store.load())) {
      report = ConsistencyCheck.run(app);
    }
    var out = spec.commandLine().getOut();
    out.printf("graph: %d papers, %d posts; search index: %d documents%n",
        report.graphPapers(), report.graphPosts(), report.indexDocuments());
    report.discrepancies().forEach(d -> out.println("  " + d.describe()));
    out.println(report.consistent() ? "Consistent: the graph and the search index agree."
        : "Inconsistent: " + report.problems() + (report.problems() == 1 ? " problem." : " problems."));
    if (json) {
      Map<String, Long> kinds = new LinkedHashMap<>();
      report.discrepancies().forEach(d -> kinds.put(d.kind(), d.count()));
      JsonOutput.printLine(out, new Checked(report.consistent(), report.graphPapers(), report.graphPosts(),
          report.indexDocuments(), report.problems(), kinds));
    }
    out.flush();
    return report.consistent() ? 0 : KeepupCommand.EXIT_FAILURE;
  }
}
