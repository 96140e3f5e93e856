package dev.keepup.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keepup.api.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** subscribe, follow, digest and bench digest as a user runs them, on one data directory. */
@Tag("slow")
class DigestCommandsTest {

  record Run(int exit, String out, String err) {
    JsonNode lastLineJson() throws IOException {
      return Json.MAPPER.readTree(out.lines().toList().getLast());
    }
  }

  static Run keepup(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = KeepupCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void everyDigestCommandHasHelp() {
    for (List<String> command : List.of(List.of("subscribe"), List.of("follow"), List.of("digest"), List.of("bench", "digest"))) {
      String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of("--help")).toArray(String[]::new);
      Run run = keepup(args);
      assertThat(run.exit()).as(command.toString()).isZero();
      assertThat(run.out()).startsWith("Usage: keepup " + String.join(" ", command));
    }
  }

  @Test
  void aBadCadenceOrChannelIsAUsageErrorBeforeTheStoresOpen(@TempDir Path dir) {
    Run cron = keepup("subscribe", "x", "--query", "y", "--cadence", "every tuesday", "--data-dir", dir.toString());
    Run channel = keepup("subscribe", "x", "--query", "y", "--channel", "fax:123", "--data-dir", dir.toString());

    assertThat(cron.exit()).isEqualTo(2);
    assertThat(cron.err()).startsWith("keepup: a cadence is 'daily', 'weekly' or a cron expression");
    assertThat(channel.exit()).isEqualTo(2);
    assertThat(channel.err()).startsWith("keepup: a channel is email:ADDRESS or webhook:URL");
  }

  @Test
  void subscribeFollowAndDigestOnRealPapers(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("papers.jsonl");
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("digest/papers.jsonl")) {
      Files.copy(in, corpus);
    }
    String data = dir.resolve("data").toString();

    Run bench = keepup("bench", "digest", "--corpus", corpus.toString(), "--subscriptions", "200", "--papers", "40",
        "--runs", "1", "--data-dir", data, "--json");
    Run subscribe = keepup("subscribe", "diffusion", "--query", "diffusion", "--cadence", "0 7 * * 1-5",
        "--zone", "Europe/Paris", "--data-dir", data);
    Run follow = keepup("follow", "researcher", "Leslie Gu", "--data-dir", data);
    Run digest = keepup("digest", "diffusion", "--since", "2000-01-01", "--data-dir", data, "--json");
    Run unknown = keepup("digest", "nobody", "--data-dir", data);

    assertThat(bench.exit()).as(bench.err()).isZero();
    JsonNode figures = bench.lastLineJson();
    assertThat(figures.get("subscriptions").asInt()).isEqualTo(200);
    assertThat(figures.get("papers").asInt()).isEqualTo(40);
    assertThat(figures.get("seconds").asDouble()).isPositive();
    assertThat(subscribe.exit()).as(subscribe.err()).isZero();
    assertThat(subscribe.out()).contains("Subscribed diffusion: “diffusion” · 0 7 * * 1-5 Europe/Paris · 20 items");
    assertThat(follow.exit()).as(follow.err()).isZero();
    assertThat(follow.out()).startsWith("Following 1 researchers, 0 topics, 0 skills; digest 'following'");
    assertThat(digest.exit()).as(digest.err()).isZero();
    assertThat(digest.out()).startsWith("# Keepup digest diffusion: 3 papers new since 2000-01-01 00:00 UTC")
        .contains("[Characterizing Motion Encoding in Video Diffusion Timesteps](https://arxiv.org/abs/2512.22175v1)");
    assertThat(digest.lastLineJson().get("items")).hasSize(3);
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).isEqualTo("keepup: no subscription named nobody" + System.lineSeparator());
  }
}
