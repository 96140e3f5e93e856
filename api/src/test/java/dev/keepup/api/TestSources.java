package dev.keepup.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A source list whose arXiv listing and blogs live on a loopback test server. */
public final class TestSources {

  private TestSources() {}

  /**
   * Writes the list to {@code dir}: arXiv (cs.LG, cs.AI; its daily listing only) under {@code base},
   * then one blog per id, at base + id + ".xml".
   */
  public static Path write(Path dir, String base, String... blogIds) {
    return write(dir, base, "{ listing: true, api: false, oai: false }", 10000, blogIds);
  }

  /** The list with arXiv's {@code channels} (YAML) and at most {@code resultCap} results a query (100 a page). */
  public static Path write(Path dir, String base, String channels, int resultCap, String... blogIds) {
    StringBuilder blogs = new StringBuilder();
    for (String id : blogIds) {
      blogs.append("  - { id: %1$s, name: \"Blog %1$s\", feed: \"%2$s%1$s.xml\", home: \"%2$s\" }\n".formatted(id, base));
    }
    String yaml = """
        fetch:
          user_agent: "Keepup-test/0.1 (mailto:test@example.org)"
          connect_timeout_seconds: 5
          read_timeout_seconds: 5
          call_timeout_seconds: 20
          max_body_bytes: 20971520
          max_redirects: 5
          max_retries: 0
          backoff_base_seconds: 1
          backoff_max_seconds: 2
          default_interval_seconds: 0
          host_interval_seconds: {}
          allow_loopback: true
          allowed_addresses: []
        arxiv:
          categories: [cs.LG, cs.AI]
          api: "%1$sapi/query"
          page_size: 100
          result_cap: %2$d
          listings: "%1$srss/"
          oai: "%1$soai"
          oai_set: "cs"
          channels: %3$s
        blogs:
        """.formatted(base, resultCap, channels) + blogs;
    try {
      Path file = dir.resolve("sources.yaml");
      Files.writeString(file, yaml);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
