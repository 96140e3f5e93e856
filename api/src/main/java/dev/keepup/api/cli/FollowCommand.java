package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.digest.DigestService;
import dev.keepup.graph.subscription.Follows;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Follows a researcher, topic or skill: the simple way to subscribe. */
@Command(name = "follow", mixinStandardHelpOptions = true,
    description = "Follow a researcher, topic or skill: it joins the daily 'following' digest and boosts every digest.")
final class FollowCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "KIND", description = "researcher, topic or skill.")
  String kind;

  @Parameters(index = "1", paramLabel = "NAME", description = "The researcher's full name, or the topic or skill.")
  String name;

  @Mixin StoreOptions store;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Follows.Kind what;
    try {
      what = Follows.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("follow a researcher, topic or skill, not a " + kind);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Application app = Application.open(store.load())) {
      DigestService digests = app.digests();
      try {
        digests.follow(what, name);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      Follows f = digests.follows();
      out.printf("Following %d researchers, %d topics, %d skills; digest '%s' (%s/feeds/%s.atom).%n",
          f.researchers().size(), f.topics().size(), f.skills().size(), DigestService.FOLLOWING,
          digests.settings().baseUrl(), DigestService.FOLLOWING);
    }
    return 0;
  }
}
