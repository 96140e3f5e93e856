package dev.keepup.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.keepup.api.Json;
import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The papers of {@code arxiv-ml/papers.jsonl.gz}, extended to the size a benchmark asks for. Copy
 * k (from 1) of the real corpus gets new ids in an unused range ({@code 3001.00001} on), dates
 * moved back by 3k years, and in each author list about half the names (chosen by a hash of name
 * and k, so deterministically) become new people by a suffix on the surname ("Smith-k"); the
 * others stay, so real co-authorship structure and prolific authors carry over.
 */
final class GraphBenchCorpus {

  private static final Pattern NUMERIC_ID = Pattern.compile("(\\d{3,4})\\.(\\d+)");

  /** Lines longer than this are hostile, not papers. */
  private static final int MAX_LINE = 1 << 20;

  private GraphBenchCorpus() {}

  /** What was read: the papers and how many lines could not be used. */
  record Loaded(List<Paper> papers, int realPapers, int skipped) {}

  /** How many papers a stream gave, how many of them were real, and how many lines could not be used. */
  record Streamed(int papers, int realPapers, int skipped) {}

  static Loaded load(Path file, int wanted) {
    List<Paper> all = new ArrayList<>(wanted);
    Streamed s = stream(file, wanted, all::add);
    return new Loaded(all, s.realPapers(), s.skipped());
  }

  /**
   * Gives {@code sink} the corpus of {@code wanted} papers one by one: the real papers as their lines
   * are parsed (plain or gzipped JSON lines), then the perturbed copies, so parsing can be timed as
   * part of a pipeline. Only the real papers are held in memory.
   */
  static Streamed stream(Path file, int wanted, Consumer<Paper> sink) {
    List<Paper> real = new ArrayList<>();
    int skipped = 0;
    try (var in = open(file);
        var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      for (String line = lines.readLine(); line != null && real.size() < wanted; line = lines.readLine()) {
        Paper p = line.length() > MAX_LINE ? null : parse(line);
        if (p == null) {
          skipped++;
        } else {
          real.add(p);
          sink.accept(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (real.isEmpty()) {
      throw new IllegalStateException("no usable paper in " + file);
    }
    int count = real.size();
    for (int copy = 1; count < wanted; copy++) {
      for (Paper p : real) {
        if (count == wanted) {
          break;
        }
        sink.accept(perturbed(p, copy, count - real.size()));
        count++;
      }
    }
    return new Streamed(count, real.size(), skipped);
  }

  private static InputStream open(Path file) throws IOException {
    InputStream raw = Files.newInputStream(file);
    return file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
  }

  private static Paper parse(String line) {
    try {
      JsonNode n = Json.MAPPER.readTree(line);
      List<Author> authors = new ArrayList<>();
      n.path("authors").forEach(a -> {
        if (!a.asText().isBlank()) {
          authors.add(new Author(a.asText()));
        }
      });
      List<String> categories = new ArrayList<>();
      n.path("categories").forEach(c -> categories.add(c.asText()));
      Instant published = LocalDate.parse(n.path("date").asText()).atStartOfDay().toInstant(ZoneOffset.UTC);
      return new Paper(PaperId.of(repaired(n.path("arxiv_id").asText())), 1, n.path("title").asText(),
          n.path("abstract").asText(), authors, categories, published, published, null, null, null);
    } catch (IOException | RuntimeException e) {
      return null; // counted as skipped: a bad line must not stop a benchmark
    }
  }

  /**
   * The source stored new-style ids as floating-point numbers: "803.1926" is 0803.1926, "1001.07"
   * is 1001.0700 (four digits after the dot before 1501, five from 1501 on), "1502.0643400000001"
   * is 1502.06434.
   */
  static String repaired(String id) {
    Matcher m = NUMERIC_ID.matcher(id);
    if (!m.matches()) {
      return id;
    }
    String yymm = "0".repeat(4 - m.group(1).length()) + m.group(1);
    int digits = Integer.parseInt(yymm) < 1501 ? 4 : 5;
    String number = new BigDecimal("0." + m.group(2)).setScale(digits, RoundingMode.HALF_UP).toPlainString();
    return yymm + "." + number.substring(number.indexOf('.') + 1);
  }

  private static Paper perturbed(Paper p, int copy, int sequence) {
    String id = String.format("%04d.%05d", 3001 + sequence / 99_999, sequence % 99_999 + 1);
    List<Author> authors =
        p.authors().stream()
            .map(a -> Math.floorMod((a.name() + copy).hashCode(), 2) == 0 ? a : new Author(a.name() + "-" + copy))
            .toList();
    Instant published = p.published().minus(Duration.ofDays(3L * 365 * copy));
    return new Paper(PaperId.of(id), 1, p.title(), p.summary(), authors, p.categories(), published, published, null, null, null);
  }
}
