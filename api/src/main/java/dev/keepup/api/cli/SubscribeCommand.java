package dev.keepup.api.cli;

import dev.keepup.api.config.KeepupConfig;
import dev.keepup.api.digest.Cadence;
import dev.keepup.api.digest.DigestSettings;
import dev.keepup.api.digest.SubscriptionBody;
import dev.keepup.graph.subscription.Channel;
import dev.keepup.graph.subscription.Subscription;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    KeepupConfig config = store.load();
    String baseUrl = DigestSettings.from(config).baseUrl();
    PrintWriter out = spec.commandLine().getOut();
    if (list) {
      List<SubscriptionBody> all = StoresOrServer.apply(config,
          app -> app.digests().subscriptions().stream().map(s -> SubscriptionBody.of(s, baseUrl)).toList(),
          SubscribeCommand::listed);
      all.forEach(s -> out.printf("%-24s %s%n", s.name(), describe(s.toSubscription(null))));
      if (json) {
        JsonOutput.printLine(out, new Listed(all));
      }
    } else if (delete) {
      boolean deleted = StoresOrServer.apply(config, app -> app.digests().unsubscribe(name), server -> {
        server.send("DELETE", ServerClient.path("api", "subscriptions", name), null, Void.class);
        return true;
      });
      if (!deleted) {
        throw new UsageException("no subscription named " + name);
      }
      out.println("Deleted " + name + ".");
    } else {
      SubscriptionBody saved = StoresOrServer.apply(config,
          app -> SubscriptionBody.of(app.digests().subscribe(wanted), baseUrl),
          server -> server.send("PUT", ServerClient.path("api", "subscriptions", name), SubscriptionBody.asking(wanted), SubscriptionBody.class));
      out.printf("Subscribed %s: %s%n  feed: %s%n", saved.name(), describe(saved.toSubscription(null)), saved.feed());
      if (json) {
        JsonOutput.printLine(out, saved);
      }
    }
    return 0;
  }

  /** Every subscription the server holds, page by page. */
  private static List<SubscriptionBody> listed(ServerClient server) {
    List<SubscriptionBody> all = new ArrayList<>();
    Integer offset = 0;
    while (offset != null) {
      SubscriptionPage page = server.get("/api/subscriptions", Map.of("offset", List.of(offset.toString())), SubscriptionPage.class);
      all.addAll(page.subscriptions());
      if (page.nextOffset() != null && page.nextOffset() <= offset) {
        throw new IllegalStateException("keepup serve answered a page that does not move on (offset " + offset + ")");
      }
      offset = page.nextOffset();
    }
    return all;
  }

  /** A page of {@code GET /api/subscriptions}. */
  record SubscriptionPage(List<SubscriptionBody> subscriptions, int total, Integer nextOffset) {}

  /** The subscriptions, for --list --json. */
  record Listed(List<SubscriptionBody> subscriptions) {}

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
