package dev.keepup.api.cli;

import java.util.List;
import java.util.Locale;

/** The Markdown of docs/BENCHMARKS.md: the machine and its load, the plots, each benchmark's tables and JSON. */
record BenchmarksPage(boolean quick, BenchAllCommand.MachineInfo machine, double loadAtEnd, long minutes,
    List<BenchAllCommand.Step> steps) {

  private static final String WHAT = """
      | benchmark | what it measures |
      |---|---|
      | `tag` | CoreNLP tagging of real arXiv abstracts: abstracts/s on 1 thread and on all cores, CPU per abstract, start-up |
      | `search` | Lucene indexing speed, index size and search latency (p50/p95/p99, 1 and 2 threads) at growing corpus sizes, against a bare Lucene search |
      | `graph` | Neo4j writes (papers/s, synthetic tags) and the latency of each kind of graph query |
      | `digest` | building the digests of many subscriptions over a day of papers |
      | `ingest` | the whole ingest (parse, tag, graph, index) into a fresh data directory, with the time per stage and the ratio to tagging alone; timed after an untimed round of the smallest size, as tagging alone is after an untimed pass |
      | `serve` | start-up of `keepup serve` on the ingested data directory until "ready", and its peak memory while it answers a request mix |
      """;

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Keepup benchmarks\n\n");
    md.append(String.format(Locale.ROOT,
        "Written by `./keepup bench all%s --json` on %s in %d min. Rerun that command from the repository root to "
            + "replace this page; each benchmark also runs alone with the command shown in its section.%n%n",
        quick ? " --quick" : "", machine.date(), minutes));
    if (quick) {
      md.append(String.format(Locale.ROOT,
          "> **A quick run with small sizes, on a shared machine under load** (load average %.1f at the start, %.1f at the "
              + "end, on %d cores): it shows that every benchmark runs and what it reports, not the speed of Keepup. "
              + "The figures the README quotes come from the full-size commands it lists, with their load.%n%n",
          machine.loadAverageStart(), loadAtEnd, machine.cores()));
    } else {
      md.append(String.format(Locale.ROOT, "Load average %.1f at the start and %.1f at the end, on %d cores.%n%n",
          machine.loadAverageStart(), loadAtEnd, machine.cores()));
    }
    md.append("## Machine\n\n| | |\n|---|---|\n");
    md.append(String.format(Locale.ROOT, "| cores | %d |%n| memory | %.1f GiB |%n| CPU | %s |%n| JDK | %s |%n| OS | %s |%n"
            + "| load average at start / end | %.2f / %.2f |%n%n",
        machine.cores(), machine.memoryGib(), machine.cpu(), machine.jdk(), machine.os(), machine.loadAverageStart(), loadAtEnd));
    md.append("## What each benchmark measures\n\n").append(WHAT).append('\n');
    md.append("## Against corpus size\n\n");
    md.append("![Throughput against corpus size](").append(BenchmarkPlots.THROUGHPUT).append(")\n");
    md.append("![Search latency against corpus size](").append(BenchmarkPlots.LATENCY).append(")\n\n");
    for (BenchAllCommand.Step step : steps) {
      md.append("## ").append(step.name()).append("\n\n```sh\n./keepup bench ").append(String.join(" ", step.args()))
          .append(" --json\n```\n\n");
      if (step.exitCode() != 0) {
        md.append("**Failed** (exit code ").append(step.exitCode()).append("); its output:\n\n```\n")
            .append(step.output().strip()).append("\n```\n\n");
        continue;
      }
      md.append(tables(step.output())).append('\n');
      md.append("<details><summary>JSON</summary>\n\n```json\n").append(step.figures().toPrettyString()).append("\n```\n</details>\n\n");
    }
    return md.toString();
  }

  /** The Markdown tables of a benchmark's output: its lines that are table rows, blocks kept apart. */
  private static String tables(String output) {
    StringBuilder md = new StringBuilder();
    boolean inTable = false;
    for (String line : output.lines().toList()) {
      boolean row = line.startsWith("|");
      if (row) {
        md.append(line).append('\n');
      } else if (inTable) {
        md.append('\n');
      }
      inTable = row;
    }
    return md.toString();
  }
}
