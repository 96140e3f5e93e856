package dev.keepup.api.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CadenceTest {

  @Test
  void dailyFiresAtSevenInItsZone() {
    Cadence paris = Cadence.parse("daily", "Europe/Paris");

    assertThat(paris.lastAtOrBefore(Instant.parse("2026-01-05T06:30:00Z"))).isEqualTo(Instant.parse("2026-01-05T06:00:00Z"));
    assertThat(paris.lastAtOrBefore(Instant.parse("2026-01-05T05:59:00Z"))).isEqualTo(Instant.parse("2026-01-04T06:00:00Z"));
    assertThat(paris.nextAfter(Instant.parse("2026-01-05T06:00:00Z"))).isEqualTo(Instant.parse("2026-01-06T06:00:00Z"));
    assertThat(paris.period(Instant.parse("2026-01-05T12:00:00Z"))).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void aFiringInstantCountsAsFired() {
    Cadence utc = Cadence.parse("daily", "UTC");
    assertThat(utc.lastAtOrBefore(Instant.parse("2026-01-05T07:00:00Z"))).isEqualTo(Instant.parse("2026-01-05T07:00:00Z"));
  }

  @Test
  void weeklyFiresOnMondays() {
    Cadence weekly = Cadence.parse("weekly", "UTC");
    assertThat(weekly.nextAfter(Instant.parse("2026-01-07T00:00:00Z"))).isEqualTo(Instant.parse("2026-01-12T07:00:00Z"));
    assertThat(weekly.period(Instant.parse("2026-01-07T00:00:00Z"))).isEqualTo(Duration.ofDays(7));
  }

  @Test
  void theArxivCrawlFollowsTheAnnouncementInNewYork() {
    Cadence crawl = Cadence.parse(DigestScheduler.ARXIV_CRAWL, DigestScheduler.ARXIV_ZONE);
    // Friday 2026-01-09 after the Thursday announcement: next is Sunday evening Eastern time
    assertThat(crawl.nextAfter(Instant.parse("2026-01-09T12:00:00Z"))).isEqualTo(Instant.parse("2026-01-12T01:30:00Z"));
  }

  @Test
  void nonsenseIsRefusedWithTheExpectedForm() {
    assertThatThrownBy(() -> Cadence.parse("every tuesday", "UTC")).hasMessageStartingWith("a cadence is 'daily', 'weekly'");
    assertThatThrownBy(() -> Cadence.parse("daily", "Mars/Olympus")).hasMessage("not a time zone: Mars/Olympus");
  }
}
