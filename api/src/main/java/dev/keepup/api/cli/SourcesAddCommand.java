package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.crawl.BlogSources;
import dev.keepup.crawler.fetch.Fetcher;
import dev.keepup.crawler.source.FeedDiscovery;
import dev.keepup.crawler.source.SourcesConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Adds a blog by its feed or its home page (the feed it announces is found). */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Follow a blog: give its feed URL, or its home page and Keepup finds the feed it announces.")
final class SourcesAddCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "URL", description = "A feed (RSS or Atom) or a web page that announces one.")
  String url;

  @Option(names = "--name", paramLabel = "NAME", description = "What to call it (default: its id).")
  String name;

  @Mixin StoreOptions store;
  @Mixin SourcesOptions sources;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    String added = StoresOrServer.apply(store.load(), this::addHere, server -> {
      if (sources.file != null) {
        throw new UsageException("keepup serve owns the data directory and follows its own source list: leave out --sources, or stop it");
      }
      AddedBlog blog = server.send("POST", "/api/sources", new NewBlog(url, name), AddedBlog.class);
      return blog.id() + ": " + blog.feed();
    });
    spec.commandLine().getOut().printf("Added %s%n", added);
    return 0;
  }

  private String addHere(Application app) {
    SourcesConfig list = sources.load(app);
    BlogSources.Added added;
    try (Fetcher fetcher = new Fetcher(list.fetch().toSettings())) {
      added = new BlogSources(new FeedDiscovery(fetcher), app.sourceStates(), () -> list).add(url, name);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while looking for the feed of " + url, e);
    }
    return switch (added) {
      case BlogSources.Added.Followed f -> f.blog().id() + ": " + f.blog().feedUrl();
      case BlogSources.Added.Invalid i -> throw new UsageException(i.reason());
      case BlogSources.Added.NoFeed n -> throw new IllegalStateException(n.reason());
      case BlogSources.Added.AlreadyFollowed a -> throw new IllegalStateException("already followed as " + a.id() + ": " + a.feed());
    };
  }

  /** The body of {@code POST /api/sources}. */
  record NewBlog(String url, String name) {}

  /** The answer of {@code POST /api/sources}. */
  record AddedBlog(String id, String name, String feed, String home) {}
}
