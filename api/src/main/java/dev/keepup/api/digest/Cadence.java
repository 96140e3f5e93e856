package dev.keepup.api.digest;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When digests (or crawls) are due: {@code daily} (07:00), {@code weekly} (Mondays 07:00) or a
 * five-field Unix cron expression, read in a time zone.
 */
public final class Cadence {

  public static final String DAILY = "0 7 * * *";
  public static final String WEEKLY = "0 7 * * 1";
  private static final CronParser PARSER = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

  private final String text;
  private final ZoneId zone;
  private final ExecutionTime times;

  private Cadence(String text, ZoneId zone, ExecutionTime times) {
    this.text = text;
    this.zone = zone;
    this.times = times;
  }

  /**
   * Reads {@code daily}, {@code weekly} or a cron expression in {@code zone}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static Cadence parse(String text, String zone) {
    Objects.requireNonNull(text, "cadence");
    String expression = switch (text.strip()) {
      case "daily" -> DAILY;
      case "weekly" -> WEEKLY;
      default -> text.strip();
    };
    ZoneId zoneId;
    try {
      zoneId = ZoneId.of(zone);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a time zone: " + zone);
    }
    try {
      return new Cadence(text.strip(), zoneId, ExecutionTime.forCron(PARSER.parse(expression).validate()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "a cadence is 'daily', 'weekly' or a cron expression like '0 7 * * 1-5' (minute hour day month weekday): "
              + e.getMessage());
    }
  }

  /** The latest time it fired at or before {@code now}. */
  public Instant lastAtOrBefore(Instant now) {
    ZonedDateTime at = now.atZone(zone);
    if (times.isMatch(at.withSecond(0).withNano(0)) && !at.withSecond(0).withNano(0).isAfter(at)) {
      return at.withSecond(0).withNano(0).toInstant();
    }
    return times.lastExecution(at).orElseThrow(() -> new IllegalStateException("cadence " + text + " never fires")).toInstant();
  }

  /** The next time it fires after {@code now}. */
  public Instant nextAfter(Instant now) {
    return times.nextExecution(now.atZone(zone)).orElseThrow(() -> new IllegalStateException("cadence " + text + " never fires")).toInstant();
  }

  /** How long one period lasts around {@code now}: from the last firing to the next. */
  public Duration period(Instant now) {
    return Duration.between(lastAtOrBefore(now), nextAfter(now));
  }

  @Override
  public String toString() {
    return text + " (" + zone + ")";
  }
}
