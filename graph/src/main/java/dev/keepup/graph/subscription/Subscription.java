package dev.keepup.graph.subscription;

import dev.keepup.graph.ResearcherKeys;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What someone wants to hear about, how often, and where. A paper matches when it is in one of the
 * {@code categories} (if any are given) and matches the {@code query}, has one of the
 * {@code topics} or {@code skills}, or is by one of the {@code researchers} (any of these that are
 * given; with only categories, every paper in them matches).
 *
 * @param name the key: lower-case letters, digits, {@code . _ -}; 1 to 64 characters
 * @param query a search in Keepup's query language, or empty
 * @param topics topic labels, lower case
 * @param skills skill labels, lower case
 * @param categories arXiv categories, e.g. {@code cs.LG}
 * @param researchers researcher keys ({@link ResearcherKeys}); names given are normalised
 * @param cadence {@code daily}, {@code weekly} or a cron expression (checked by the scheduler)
 * @param zone the time zone the cadence is read in, e.g. {@code Europe/Paris}
 * @param size at most this many items per digest, 1 to {@link #MAX_SIZE}
 * @param channels where digests are pushed besides the subscription's Atom feed
 */
public record Subscription(
    String name, String query, Set<String> topics, Set<String> skills, Set<String> categories,
    Set<String> researchers, String cadence, String zone, int size, List<Channel> channels) {

  public static final int MAX_SIZE = 200;
  public static final int MAX_VALUES = 100;
  public static final int MAX_QUERY_LENGTH = 1_000;
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final Pattern CATEGORY = Pattern.compile("[A-Za-z-]+(\\.[A-Za-z-]+)?");

  public Subscription {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "a subscription name is 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit: " + name);
    }
    query = query == null ? "" : query.strip();
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new IllegalArgumentException("the query is longer than " + MAX_QUERY_LENGTH + " characters");
    }
    topics = labels("topics", topics);
    skills = labels("skills", skills);
    categories = bounded("categories", categories);
    for (String c : categories) {
      if (!CATEGORY.matcher(c).matches()) {
        throw new IllegalArgumentException("not an arXiv category: " + c);
      }
    }
    researchers = Set.copyOf(bounded("researchers", researchers).stream().map(ResearcherKeys::of).toList());
    if (query.isEmpty() && topics.isEmpty() && skills.isEmpty() && categories.isEmpty() && researchers.isEmpty()) {
      throw new IllegalArgumentException("a subscription needs a query, topics, skills, categories or researchers");
    }
    if (cadence == null || cadence.isBlank() || cadence.length() > 100) {
      throw new IllegalArgumentException("the cadence is 'daily', 'weekly' or a cron expression");
    }
    cadence = cadence.strip();
    try {
      ZoneId.of(zone);
    } catch (DateTimeException | NullPointerException e) {
      throw new IllegalArgumentException("not a time zone: " + zone);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("the size must be 1 to " + MAX_SIZE + ": " + size);
    }
    channels = List.copyOf(channels == null ? List.of() : channels);
    if (channels.size() > 10) {
      throw new IllegalArgumentException("at most 10 channels");
    }
  }

  /** A subscription to a query alone, daily at the default hour in UTC, 20 items, feed only. */
  public static Subscription ofQuery(String name, String query) {
    return new Subscription(name, query, Set.of(), Set.of(), Set.of(), Set.of(), "daily", "UTC", 20, List.of());
  }

  public Subscription withChannels(List<Channel> value) {
    return new Subscription(name, query, topics, skills, categories, researchers, cadence, zone, size, value);
  }

  public Subscription withResearchers(Set<String> value) {
    return new Subscription(name, query, topics, skills, categories, value, cadence, zone, size, channels);
  }

  public Subscription withTopics(Set<String> value) {
    return new Subscription(name, query, value, skills, categories, researchers, cadence, zone, size, channels);
  }

  public Subscription withSkills(Set<String> value) {
    return new Subscription(name, query, topics, value, categories, researchers, cadence, zone, size, channels);
  }

  public Subscription withCategories(Set<String> value) {
    return new Subscription(name, query, topics, skills, value, researchers, cadence, zone, size, channels);
  }

  private static Set<String> labels(String what, Set<String> values) {
    return Set.copyOf(bounded(what, values).stream().map(v -> v.toLowerCase(Locale.ROOT)).toList());
  }

  private static Set<String> bounded(String what, Set<String> values) {
    if (values == null) {
      return Set.of();
    }
    if (values.size() > MAX_VALUES) {
      throw new IllegalArgumentException("at most " + MAX_VALUES + " " + what + ", not " + values.size());
    }
    for (String v : values) {
      if (v == null || v.isBlank() || v.length() > 200) {
        throw new IllegalArgumentException("a blank or overlong value among the " + what);
      }
    }
    return Set.copyOf(values.stream().map(String::strip).toList());
  }
}
