package dev.keepup.api.cli;

import picocli.CommandLine.Command;

/** Groups the benchmarks; each prints its figures and, with --json, one JSON object last. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure speed with benchmarks anyone can rerun.",
    subcommands = {BenchTagCommand.class, BenchSearchCommand.class, BenchGraphCommand.class, BenchDigestCommand.class,
        BenchIngestCommand.class, BenchServeCommand.class, BenchAllCommand.class})
public final class BenchCommand {}
