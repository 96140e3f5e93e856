package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.digest.Digest;
import dev.keepup.api.digest.DigestService;
import dev.keepup.api.digest.DigestText;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints a subscription's digest as Markdown. */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = "Build, record and deliver a subscription's next digest now, and print it as Markdown.")
final class DigestCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "SUBSCRIPTION", description = "The subscription's name.")
  String name;

  @Option(names = "--since", paramLabel = "WHEN",
      description = "Preview what arrived since WHEN (2026-01-05, 2026-01-05T07:00:00Z or a duration like P2D); records nothing.")
  String since;

  @Option(names = "--json", description = "Print the digest as one JSON object on the last line.")
  boolean json;

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Instant from = since == null ? null : parseSince(since);
    Digest digest;
    String markdown;
    try (Application app = Application.open(store.load())) {
      DigestService digests = app.digests();
      digest = from == null ? digests.digestNow(name) : digests.preview(name, from);
      markdown = new DigestText(digests.settings().baseUrl()).markdown(digest);
    } catch (NoSuchElementException e) {
      throw new UsageException(e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(markdown);
    if (json) {
      JsonOutput.printLine(out, digest);
    }
    out.flush();
    return 0;
  }

  static Instant parseSince(String text) {
    try {
      if (text.startsWith("P") || text.startsWith("p")) {
        return Instant.now().minus(Duration.parse(text));
      }
      if (text.length() == 10) {
        return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new UsageException("--since takes a day (2026-01-05), an instant (2026-01-05T07:00:00Z) or a duration (P2D), not " + text);
    }
  }
}
