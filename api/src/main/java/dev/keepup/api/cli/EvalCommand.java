package dev.keepup.api.cli;

import picocli.CommandLine.Command;

/** Groups the quality evaluations; each prints its figures and, with --json, one JSON object last. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure quality on public test collections.",
    subcommands = {EvalFeedsCommand.class, EvalKeyphrasesCommand.class, EvalSearchCommand.class, EvalKnownItemCommand.class})
public final class EvalCommand {}
