package dev.keepup.api.cli;

import dev.keepup.indexer.search.QuerySyntaxException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top of the command line; every command is one subcommand class listed here. */
@Command(
    name = "keepup",
    mixinStandardHelpOptions = true,
    versionProvider = KeepupCommand.Version.class,
    description = "Keeps you up with machine-learning research: crawl, tag, search, follow.",
    subcommands = {
      DemoCommand.class,
      ServeCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      StatsCommand.class,
      ReindexCommand.class,
      CheckCommand.class,
      ImportCommand.class,
      CrawlCommand.class,
      SourcesCommand.class,
      TagCommand.class,
      SubscribeCommand.class,
      FollowCommand.class,
      DigestCommand.class,
      ResearchersCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      AotTrainingCommand.class,
      CommandLine.HelpCommand.class
    })
public final class KeepupCommand implements Runnable {

  /** Exit code of a command that failed for a reason other than its arguments. */
  public static final int EXIT_FAILURE = 1;
  /** Exit code of a command whose arguments were wrong. */
  public static final int EXIT_USAGE = 2;

  @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT, description = "Show stack traces of errors.")
  boolean verbose;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line on {@code args} and returns the exit code. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line with the given output streams; for tests and embedding. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    KeepupCommand top = new KeepupCommand();
    CommandLine cli = new CommandLine(top);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new OneLineErrors(top));
    cli.setParameterExceptionHandler(
        (ex, ignored) -> {
          ex.getCommandLine().getErr().println("keepup: " + ex.getMessage());
          ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return EXIT_USAGE;
        });
    return cli.execute(args);
  }

  /** Reports a failed command as one readable line, with the stack trace only under --verbose. */
  private record OneLineErrors(KeepupCommand top) implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
      PrintWriter err = cli.getErr();
      if (ex instanceof UsageException || ex instanceof QuerySyntaxException) {
        err.println("keepup: " + ex.getMessage());
        return EXIT_USAGE;
      }
      String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
      err.println("keepup: " + message.lines().findFirst().orElse(message));
      if (top.verbose) {
        ex.printStackTrace(err);
      }
      return EXIT_FAILURE;
    }
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = KeepupCommand.class.getPackage().getImplementationVersion();
      return new String[] {"keepup " + (v == null ? "(development build)" : v)};
    }
  }
}
