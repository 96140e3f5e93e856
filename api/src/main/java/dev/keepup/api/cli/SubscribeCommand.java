package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.digest.Cadence;
import dev.keepup.api.digest.DigestService;
import dev.keepup.graph.subscription.Channel;
import dev.keepup.graph.subscription.StoredSubscription;
import dev.keepup.graph.subscription.Subscription;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Creates, replaces, lists or deletes subscriptions. */
@Command(name = "subscribe", mixinStandardHelpOptions = true,
    description = "Subscribe to a digest of new papers: a query, topics, skills, categories, researchers.")
final class SubscribeCommand implements Callable<Integer> {

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The subscription's name (a-z, 0-9, . _ -).")
  String name;

  @Option(names = "--query", paramLabel = "QUERY", description = "A search in the query language.")
  String query;

  @Option(names = "--topic", paramLabel = "TOPIC", description = "A topic (repeatable).")
  List<String> topics = List.of();

  @Option(names = "--skill", paramLabel = "SKILL", description = "A skill (repeatable).")
  List<String> skills = List.of();

  @Option(names = "--category", paramLabel = "CAT", description = "An arXiv category, e.g. cs.LG (repeatable); restricts the others.")
  List<String> categories = List.of();

  @Option(names = "--researcher", paramLabel = "NAME", description = "A researcher's full name (repeatable).")
  List<String> researchers = List.of();

  @Option(names = "--cadence", defaultValue = "daily", description = "daily, weekly or a cron expression (default ${DEFAULT-VALUE}).")
  String cadence;

  @Option(names = "--zone", defaultValue = "UTC", description = "Time zone of the cadence (default ${DEFAULT-VALUE}).")
  String zone;

  @Option(names = "--size", defaultValue = "20", description = "Most items per digest (default ${DEFAULT-VALUE}).")
  int size;

  @Option(names = "--channel", paramLabel = "CHANNEL", description = "email:ADDRESS or webhook:URL (repeatable).")
  List<String> channels = List.of();

  @Option(names = "--list", description = "List the subscriptions instead.")
  boolean list;

  @Option(names = "--delete", description = "Delete subscription NAME with its digests.")
  boolean delete;

  @Option(names = "--json", description = "Print the result as one JSON object on the last line.")
  boolean json;

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (!list && name == null) {
      throw new UsageException("name the subscription, or give --list");
    }
    Subscription wanted = list || delete ? null : subscription();
    PrintWriter out = spec.commandLine().getOut();
    try (Application app = Application.open(store.load())) {
      DigestService digests = app.digests();
      if (list) {
        List<StoredSubscription> all = digests.subscriptions();
        all.forEach(s -> out.printf("%-24s %s%n", s.name(), describe(s.subscription())));
        if (json) {
          JsonOutput.printLine(out, new Listed(all.stream().map(StoredSubscription::subscription).toList()));
        }
      } else if (delete) {
        if (!digests.unsubscribe(name)) {
          throw new UsageException("no subscription named " + name);
        }
        out.println("Deleted " + name + ".");
      } else {
        StoredSubscription saved = digests.subscribe(wanted);
        out.printf("Subscribed %s: %s%n  feed: %s/feeds/%s.atom%n", saved.name(), describe(saved.subscription()),
            digests.settings().baseUrl(), saved.name());
        if (json) {
          JsonOutput.printLine(out, saved);
        }
      }
    }
    return 0;
  }

  /** The subscriptions, for --list --json. */
  record Listed(List<Subscription> subscriptions) {}

  private Subscription subscription() {
    try {
      Cadence.parse(cadence, zone);
      return new Subscription(name, query, set(topics), set(skills), set(categories), set(researchers), cadence, zone, size,
          channels.stream().map(Channel::parse).toList());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private static Set<String> set(List<String> values) {
    return new LinkedHashSet<>(values);
  }

  static String describe(Subscription s) {
    StringBuilder text = new StringBuilder();
    if (!s.query().isEmpty()) {
      text.append("“").append(s.query()).append("” ");
    }
    s.topics().forEach(t -> text.append("topic:").append(t).append(' '));
    s.skills().forEach(t -> text.append("skill:").append(t).append(' '));
    s.researchers().forEach(r -> text.append("researcher:").append(r).append(' '));
    s.categories().forEach(c -> text.append("cat:").append(c).append(' '));
    text.append("· ").append(s.cadence()).append(' ').append(s.zone()).append(" · ").append(s.size()).append(" items");
    s.channels().forEach(c -> text.append(" · ").append(c));
    return text.toString();
  }
}
