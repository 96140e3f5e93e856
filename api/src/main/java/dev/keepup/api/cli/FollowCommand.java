package dev.keepup.api.cli;

import dev.keepup.api.config.KeepupConfig;
import dev.keepup.api.digest.DigestRoutes;
import dev.keepup.api.digest.DigestService;
import dev.keepup.api.digest.DigestSettings;
import dev.keepup.graph.subscription.Follows;
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
    KeepupConfig config = store.load();
    Follows f = StoresOrServer.apply(config, app -> {
      try {
        app.digests().follow(what, name);
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      return app.digests().follows();
    }, server -> server.send("POST", "/api/follows", new DigestRoutes.FollowBody(kind, name), Following.class).following());
    spec.commandLine().getOut().printf("Following %d researchers, %d topics, %d skills; digest '%s' (%s/feeds/%s.atom).%n",
        f.researchers().size(), f.topics().size(), f.skills().size(), DigestService.FOLLOWING,
        DigestSettings.from(config).baseUrl(), DigestService.FOLLOWING);
    return 0;
  }

  /** The answer of {@code POST /api/follows}. */
  record Following(Follows following) {}
}
