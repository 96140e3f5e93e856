package dev.keepup.api.cli;

import dev.keepup.api.Application;
import dev.keepup.api.crawl.SourceList;
import dev.keepup.crawler.fetch.Fetcher;
import dev.keepup.crawler.source.FeedDiscovery;
import dev.keepup.graph.source.SourceStates;
import java.net.URI;
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
  public Integer call() throws InterruptedException {
    URI page;
    try {
      page = URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new UsageException("not a URL: " + url);
    }
    if (!"http".equals(page.getScheme()) && !"https".equals(page.getScheme()) || page.getHost() == null) {
      throw new UsageException("give an http or https URL, not " + url);
    }
    try (Application app = Application.open(store.load())) {
      FeedDiscovery.Found found;
      try (Fetcher fetcher = new Fetcher(sources.load(app).fetch().toSettings())) {
        found = new FeedDiscovery(fetcher).discover(page);
      }
      if (found.feeds().isEmpty()) {
        throw new IllegalStateException("no feed at " + url + " (" + found.outcome().label() + "): it is not a feed and announces none");
      }
      URI feed = found.feeds().getFirst();
      String id = SourceList.idFor(feed);
      app.sourceStates().addBlog(new SourceStates.AddedBlog(id, name == null ? id : name, feed.toString(), page.toString()));
      spec.commandLine().getOut().printf("Added %s: %s%n", id, feed);
    }
    return 0;
  }
}
