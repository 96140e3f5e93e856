package dev.keepup.api.cli;

import dev.keepup.crawler.conformance.ConformanceReport;
import dev.keepup.crawler.conformance.FeedConformance;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code keepup eval feeds DIR}: the feed parser over a feed conformance corpus. */
@Command(
    name = "feeds",
    mixinStandardHelpOptions = true,
    description = {
      "Run the feed parser over a conformance corpus (e.g. ../shared/data/feed-conformance) and report",
      "files parsed, ill-formed files flagged, exceptions escaped, the slowest file, and agreement",
      "with the corpus's expected values of feed and entry fields."
    })
public final class EvalFeedsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "The corpus folder.")
  Path dir;

  @Option(names = "--json", description = "Print the figures as one JSON object on the last line.")
  boolean json;

  @Option(names = "--show-disagreements", description = "List each wellformed/ expectation not met.")
  boolean showDisagreements;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new UsageException("not a folder: " + dir);
    }
    ConformanceReport r = new FeedConformance().run(dir);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "files               %d%n", r.files());
    out.printf(Locale.ROOT, "parsed              %d%n", r.parsed());
    out.printf(Locale.ROOT, "flagged ill-formed  %d (illformed/: %d of %d)%n", r.flagged(), r.illformedFlagged(), r.illformedFiles());
    out.printf(Locale.ROOT, "exceptions escaped  %d%n", r.exceptions());
    out.printf(Locale.ROOT, "slowest file        %.1f ms  %s%n", r.slowestMillis(), r.slowestFile());
    out.printf(Locale.ROOT, "agreement           %.4f (%d of %d comparable expectations of wellformed/)%n",
        r.agreement(), r.agreed(), r.comparable());
    out.printf(Locale.ROOT, "other folders       %d of %d comparable expectations met%n", r.otherAgreed(), r.otherComparable());
    if (showDisagreements) {
      r.disagreements().forEach(d -> out.println("  not met: " + d));
    }
    if (json) {
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("files", r.files());
      figures.put("parsed", r.parsed());
      figures.put("flagged", r.flagged());
      figures.put("illformed_files", r.illformedFiles());
      figures.put("illformed_flagged", r.illformedFlagged());
      figures.put("exceptions", r.exceptions());
      figures.put("slowest_ms", Math.round(r.slowestMillis() * 10) / 10.0);
      figures.put("slowest_file", r.slowestFile());
      figures.put("comparable", r.comparable());
      figures.put("agreed", r.agreed());
      figures.put("agreement", r.agreement());
      JsonOutput.printLine(out, figures);
    }
    out.flush();
    return r.exceptions() == 0 ? 0 : KeepupCommand.EXIT_FAILURE;
  }
}
