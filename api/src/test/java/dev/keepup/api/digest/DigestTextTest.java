package dev.keepup.api.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestTextTest {

  private static final Instant FROM = Instant.parse("2026-01-04T07:00:00Z");
  private static final Instant UNTIL = Instant.parse("2026-01-05T07:00:00Z");

  private static final DigestItem ITEM = new DigestItem("2512.22175", 2, "Motion in <Video> *Diffusion*",
      List.of("Vatsal Baherwani", "Yixuan Ren"), List.of("cs.CV"), FROM.plusSeconds(60), FROM, true, 1.2,
      List.of("matches “diffusion”", "updated: v2 (you were sent v1)"));
  private static final Digest DIGEST = new Digest("d@" + UNTIL, "d", FROM, UNTIL, List.of(ITEM));

  @Test
  void markdownEscapesTitlesAndLinksBothPages() {
    String md = new DigestText("http://k.test").markdown(DIGEST);

    assertThat(md).isEqualTo("""
        # Keepup digest d: 1 paper new since 2026-01-04 07:00 UTC

        1. **[Motion in \\<Video\\> \\*Diffusion\\*](https://arxiv.org/abs/2512.22175v2)** *(updated)*  \n\
           Vatsal Baherwani, Yixuan Ren · cs.CV · [Keepup](http://k.test/papers/2512.22175)  \n\
           _matches “diffusion” · updated: v2 (you were sent v1)_
        """);
  }

  @Test
  void htmlEscapesWhatPapersSay() {
    String html = new DigestText("http://k.test").html(DIGEST);

    assertThat(html).contains("Motion in &lt;Video&gt; *Diffusion*").doesNotContain("<Video>");
  }

  @Test
  void theStoredPayloadReadsBackEqual() {
    assertThat(DigestPayload.read(DigestPayload.write(DIGEST))).isEqualTo(DIGEST);
  }

  @Test
  void retriesBackOffExponentiallyUpToSixHours() {
    assertThat(Deliveries.backoff(0)).hasSeconds(30);
    assertThat(Deliveries.backoff(1)).hasSeconds(60);
    assertThat(Deliveries.backoff(3)).hasSeconds(240);
    assertThat(Deliveries.backoff(30)).hasHours(6);
  }
}
