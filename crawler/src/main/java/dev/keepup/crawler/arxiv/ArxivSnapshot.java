package dev.keepup.crawler.arxiv;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keepup.crawler.SkippedEntry;
import dev.keepup.model.Paper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Streams arXiv's public metadata snapshot ({@code arxiv-metadata-oai-snapshot.json}: one JSON
 * object a line, several GB) into papers, one line at a time in bounded memory. A line that is too
 * long, not JSON or not a paper is skipped and counted; the read goes on.
 */
public final class ArxivSnapshot {

  /** Longest line read; the longest real records are a few tens of KB. */
  public static final int MAX_LINE_CHARS = 1 << 20;
  private static final int SKIPPED_KEPT = 100;

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /**
   * What a read did.
   *
   * @param lines non-blank lines read
   * @param kept papers handed to the sink
   * @param filteredOut papers the filter left out
   * @param skipped lines that were not papers
   * @param firstSkipped the first of them (at most 100), with line numbers as ids
   */
  public record Stats(long lines, long kept, long filteredOut, long skipped, List<SkippedEntry> firstSkipped) {
    public Stats {
      firstSkipped = List.copyOf(firstSkipped);
    }
  }

  private ArxivSnapshot() {}

  /** Reads a snapshot file, gzip-compressed when its name ends in {@code .gz}. */
  public static Stats read(Path file, SnapshotFilter filter, Consumer<Paper> sink) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      return read(in, filter, sink);
    }
  }

  /** Reads snapshot lines from {@code in}; the caller closes it. */
  public static Stats read(InputStream in, SnapshotFilter filter, Consumer<Paper> sink) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    long lines = 0;
    long kept = 0;
    long filteredOut = 0;
    long skipped = 0;
    List<SkippedEntry> firstSkipped = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    long number = 0;
    while (true) {
      boolean complete = readLine(reader, line);
      if (!complete && line.isEmpty()) {
        break;
      }
      number++;
      if (line.toString().isBlank()) {
        continue;
      }
      lines++;
      try {
        if (line.length() > MAX_LINE_CHARS) {
          throw new IllegalArgumentException("line longer than " + MAX_LINE_CHARS + " characters");
        }
        Paper paper = JSON.readValue(line.toString(), SnapshotRecord.class).toPaper();
        if (filter.keeps(paper)) {
          sink.accept(paper);
          kept++;
        } else {
          filteredOut++;
        }
      } catch (JsonProcessingException | IllegalArgumentException | DateTimeException e) {
        skipped++;
        if (firstSkipped.size() < SKIPPED_KEPT) {
          firstSkipped.add(new SkippedEntry("line " + number, e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
        }
      }
    }
    return new Stats(lines, kept, filteredOut, skipped, firstSkipped);
  }

  /**
   * Reads one line into {@code line} (cleared first), keeping at most {@link #MAX_LINE_CHARS} + 1
   * characters of it; returns false at the end of the input.
   */
  private static boolean readLine(BufferedReader reader, StringBuilder line) throws IOException {
    line.setLength(0);
    int c;
    while ((c = reader.read()) != -1) {
      if (c == '\n') {
        return true;
      }
      if (line.length() <= MAX_LINE_CHARS) {
        line.append((char) c);
      }
    }
    return false;
  }
}
