package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.graph.researcher.IdentityChange;
import dev.keepup.graph.researcher.Researchers;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Fixes researcher identity where the automatic rule got it wrong. */
@Command(
    name = "researchers",
    mixinStandardHelpOptions = true,
    description = "Fix who is who: merge two researchers into one, or split a name form off into its own researcher.")
final class ResearchersCommand {

  @Spec CommandSpec spec;

  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = "Make researcher B part of researcher A (names as written, or keys); later papers under B's name go to A.")
  int merge(
      @Parameters(index = "0", paramLabel = "A", description = "The researcher to keep.") String keep,
      @Parameters(index = "1", paramLabel = "B", description = "The researcher to merge into A.") String gone,
      @Option(names = "--json", description = "Print the change as one JSON object on the last line.") boolean json,
      @Mixin StoreOptions store) {
    return change(store, json, r -> r.merge(r.keyOf(keep), r.keyOf(gone)));
  }

  @Command(name = "split", mixinStandardHelpOptions = true,
      description = "Take the papers researcher A wrote as FORM out into a researcher of their own; the form stays apart from then on.")
  int split(
      @Parameters(index = "0", paramLabel = "A", description = "The researcher to split (name as written, or key).") String researcher,
      @Parameters(index = "1", paramLabel = "FORM", description = "The name form to take out, e.g. \"C. Balázs\".") String form,
      @Option(names = "--json", description = "Print the change as one JSON object on the last line.") boolean json,
      @Mixin StoreOptions store) {
    return change(store, json, r -> r.split(r.keyOf(researcher), form));
  }

  private int change(StoreOptions store, boolean json, Function<Researchers, IdentityChange> fix) {
    IdentityChange change;
    try (Application app = Application.open(store.load())) {
      try {
        change = fix.apply(app.graph().researchers());
      } catch (IllegalArgumentException unknownOrSame) {
        throw new UsageException(unknownOrSame.getMessage());
      }
    }
    var out = spec.commandLine().getOut();
    out.printf("Moved %d authorships from '%s' to '%s'.%n", change.movedAuthorships(), change.from(), change.into());
    if (json) {
      JsonOutput.printLine(out, change);
    }
    return 0;
  }
}
