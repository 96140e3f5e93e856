package dev.keepup.crawler.arxiv;

import dev.keepup.crawler.SkippedEntry;
import dev.keepup.crawler.feed.FeedEntry;
import dev.keepup.crawler.feed.ParsedFeed;
import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Reads a daily arXiv listing ({@code rss.arxiv.org/rss/…} or {@code /atom/…}, parsed by {@code
 * FeedParser}) into {@link ListingItem}s. A listing with no entries (weekends, holidays) is normal
 * and gives an empty result.
 */
public final class ArxivListing {

  private static final Pattern HEAD =
      Pattern.compile("(?s)^\\s*arXiv:(\\S+?)(v\\d+)?\\s+Announce Type:\\s*(\\S+)\\s*(?:Abstract:\\s*)?(.*)$");

  /** The items of the listing and the entries that could not be read. */
  public record Result(List<ListingItem> items, List<SkippedEntry> skipped) {
    public Result {
      items = List.copyOf(items);
      skipped = List.copyOf(skipped);
    }
  }

  private ArxivListing() {}

  public static Result read(ParsedFeed feed) {
    List<ListingItem> items = new ArrayList<>();
    List<SkippedEntry> skipped = new ArrayList<>();
    Instant listed = feed.updated();
    for (FeedEntry entry : feed.entries()) {
      try {
        items.add(toItem(entry, listed));
      } catch (IllegalArgumentException e) {
        skipped.add(new SkippedEntry(entry.id() != null ? entry.id() : entry.link(), e.getMessage()));
      }
    }
    return new Result(items, skipped);
  }

  private static ListingItem toItem(FeedEntry entry, Instant listed) {
    String summary = entry.summary() == null ? "" : Jsoup.parse(entry.summary()).wholeText();
    Matcher head = HEAD.matcher(summary);
    PaperId.Versioned id = PaperId.parse(entry.id() != null ? entry.id().replaceFirst("^oai:arXiv.org:", "") : entry.link());
    int version = id.version();
    String type = entry.extensions().get("arxiv:announce_type");
    String abstractText = summary;
    if (head.matches()) {
      version = version > 0 ? version : head.group(2) == null ? 0 : Integer.parseInt(head.group(2).substring(1));
      type = type != null ? type : head.group(3);
      abstractText = head.group(4);
    }
    Instant published = entry.published() != null ? entry.published() : entry.updated() != null ? entry.updated() : listed;
    Paper paper =
        new Paper(
            id.id(),
            Math.max(1, version),
            entry.title(),
            abstractText,
            authors(entry),
            entry.categories(),
            published,
            published,
            entry.extensions().get("arxiv:DOI"),
            entry.extensions().get("arxiv:journal_reference"),
            null);
    return new ListingItem(paper, AnnounceType.of(type));
  }

  /** arXiv lists all authors in one {@code dc:creator}, comma-separated. */
  private static List<Author> authors(FeedEntry entry) {
    return entry.authors().stream()
        .flatMap(names -> Arrays.stream(names.split(",\\s*|\\s+and\\s+")))
        .filter(name -> !name.isBlank())
        .map(Author::new)
        .toList();
  }
}
