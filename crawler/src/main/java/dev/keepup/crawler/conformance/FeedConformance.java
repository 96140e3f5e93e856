package dev.keepup.crawler.conformance;

import com.rometools.rome.io.XmlReader;
import dev.keepup.crawler.feed.FeedEntry;
import dev.keepup.crawler.feed.FeedException;
import dev.keepup.crawler.feed.FeedParser;
import dev.keepup.crawler.feed.ParsedFeed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link FeedParser} over the Universal Feed Parser's conformance corpus (each file states its
 * expected parse in a leading {@code Expect:} comment, and HTTP headers in {@code Header:} lines)
 * and counts what matters to Keepup: feeds read, ill-formed files flagged, exceptions escaped, the
 * slowest parse, and agreement on the expectations that compare a feed or entry field with a
 * literal. Relative links resolve as in that corpus's harness: against a {@code Content-Location}
 * header line when the file has one, else against the file's URL under {@code
 * http://127.0.0.1:8097/}.
 */
public final class FeedConformance {

  private static final Logger LOG = LoggerFactory.getLogger(FeedConformance.class);
  private static final Pattern EXPECT = Pattern.compile("^\\s*Expect:\\s*(.+)$", Pattern.MULTILINE);
  private static final Pattern CONTENT_TYPE = Pattern.compile("^\\s*Header:\\s*Content-type:\\s*(.+)$", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
  private static final Pattern CONTENT_LOCATION = Pattern.compile("^\\s*Header:\\s*Content-Location:\\s*(\\S+)", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
  /** Where the Universal Feed Parser's own test harness serves the corpus from. */
  static final URI HARNESS = URI.create("http://127.0.0.1:8097/");
  /** One well-formed and one broken feed, so that both passes are loaded before timing starts. */
  private static final List<String> WARM_UP = List.of(
      "<rss version=\"2.0\"><channel><title>t</title><item><title>i</title><description>&lt;b&gt;x&lt;/b&gt;</description></item></channel></rss>",
      "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>caf\u00e9 &eacute;</title><entry><title>e</title></entry></feed");

  private final FeedParser parser = new FeedParser();

  /**
   * Parses every file under {@code corpus} and reports. Two untimed warm-up parses, one strict and
   * one healed, load both passes first; hidden files and Markdown notes are not part of a corpus.
   */
  public ConformanceReport run(Path corpus) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).filter(FeedConformance::isCorpusFile).sorted().toList();
    }
    warmUp();
    Tally tally = new Tally();
    for (Path file : files) {
      tally.add(corpus.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
    }
    return tally.report();
  }

  /** Every file but hidden ones and Markdown notes (a README giving provenance). */
  private static boolean isCorpusFile(Path file) {
    String name = file.getFileName().toString();
    return !name.startsWith(".") && !name.endsWith(".md");
  }

  private void warmUp() {
    try {
      for (String feed : WARM_UP) {
        parser.parse(feed.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), null);
      }
    } catch (FeedException e) {
      throw new IllegalStateException("the warm-up feeds must parse", e);
    }
  }

  /** The running counts. */
  private final class Tally {
    int files;
    int parsed;
    int flagged;
    int illformedFiles;
    int illformedFlagged;
    int exceptions;
    long slowestNanos = -1;
    String slowestFile = "";
    int comparable;
    int agreed;
    int otherComparable;
    int otherAgreed;
    final List<String> disagreements = new ArrayList<>();

    void add(String name, byte[] bytes) {
      files++;
      String header = header(bytes);
      Matcher type = CONTENT_TYPE.matcher(header);
      String contentType = type.find() ? type.group(1).strip() : null;
      Matcher location = CONTENT_LOCATION.matcher(header);
      URI base = HARNESS.resolve(name);
      if (location.find()) { // the harness, like a browser, ignores a Content-Location that is no web URL
        URI declared = HARNESS.resolve(location.group(1));
        base = declared.getScheme().startsWith("http") ? declared : base;
      }
      ParsedFeed feed = null;
      long start = System.nanoTime();
      try {
        feed = parser.parse(bytes, contentType, base);
        parsed++;
      } catch (FeedException e) {
        LOG.debug("{}: {}", name, e.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        exceptions++;
        LOG.warn("{}: exception escaped the parser: {}", name, e.toString());
      }
      long took = System.nanoTime() - start;
      if (took > slowestNanos) {
        slowestNanos = took;
        slowestFile = name;
      }
      boolean isFlagged = feed == null || feed.illFormed();
      flagged += isFlagged ? 1 : 0;
      if (name.startsWith("illformed/")) {
        illformedFiles++;
        illformedFlagged += isFlagged ? 1 : 0;
      }
      compare(name, header, feed);
    }

    private void compare(String name, String header, ParsedFeed feed) {
      Matcher expect = EXPECT.matcher(header);
      if (!expect.find()) {
        return;
      }
      List<Expectation> expectations = Expectation.parse(expect.group(1));
      if (Expectation.isDisjunction(expect.group(1)) && !expectations.isEmpty()) {
        count(name, expectations.getFirst(), expectations.stream().anyMatch(e -> feed != null && meets(feed, e)));
        return;
      }
      for (Expectation e : expectations) {
        count(name, e, feed != null && meets(feed, e));
      }
    }

    private void count(String name, Expectation e, boolean met) {
      if (name.startsWith("wellformed/")) {
        comparable++;
        agreed += met ? 1 : 0;
        if (!met) {
          disagreements.add(name + ": " + (e.entry() < 0 ? "feed" : "entries[" + e.entry() + "]") + "." + e.field());
        }
      } else {
        otherComparable++;
        otherAgreed += met ? 1 : 0;
      }
    }

    ConformanceReport report() {
      return new ConformanceReport(files, parsed, flagged, illformedFiles, illformedFlagged, exceptions,
          Math.max(0, slowestNanos) / 1e6, slowestFile, comparable, agreed, otherComparable, otherAgreed, disagreements);
    }
  }

  /** The leading text of a file, decoded the way an XML reader would, where the comments are. */
  private static String header(byte[] bytes) {
    try (Reader reader = new XmlReader(new ByteArrayInputStream(bytes), true, "UTF-8")) {
      char[] buffer = new char[4096];
      int n = reader.read(buffer);
      return n <= 0 ? "" : new String(buffer, 0, n);
    } catch (IOException e) {
      return "";
    }
  }

  static boolean meets(ParsedFeed feed, Expectation e) {
    String actual;
    Instant date;
    if (e.entry() < 0) {
      actual = switch (e.field()) {
        case "title" -> feed.title();
        case "link" -> feed.link();
        case "id" -> feed.id();
        case "author" -> feed.author();
        default -> null;
      };
      date = feed.updated();
    } else {
      if (e.entry() >= feed.entries().size()) {
        return false;
      }
      FeedEntry entry = feed.entries().get(e.entry());
      actual = switch (e.field()) {
        case "title" -> entry.title();
        case "link" -> entry.link();
        case "id" -> entry.id();
        case "author" -> entry.authors().isEmpty() ? null : entry.authors().getFirst();
        case "summary" -> entry.summary();
        case "content" -> entry.content();
        default -> null;
      };
      date = entry.updated() != null ? entry.updated() : entry.published();
    }
    if (e.field().equals("updated")) {
      Instant expected = date(e.expected());
      return expected != null && expected.equals(date);
    }
    return actual != null && Objects.equals(actual.strip(), e.expected().strip());
  }

  private static Instant date(String text) {
    for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.RFC_1123_DATE_TIME)) {
      try {
        return format == DateTimeFormatter.ISO_OFFSET_DATE_TIME
            ? OffsetDateTime.parse(text, format).toInstant()
            : ZonedDateTime.parse(text, format).toInstant();
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    return null;
  }
}
