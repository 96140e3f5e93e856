package dev.keepup.indexer.search.corpus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.keepup.indexer.search.IndexedPaper;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Reads arXiv records in the JSON-lines format of {@code data/arxiv-ml} ({@code arxiv_id},
 * {@code title}, {@code abstract}, {@code authors}, {@code categories} primary first, {@code date}),
 * gzipped or not. Lines longer than {@link #MAX_LINE} and records that are not valid papers are
 * counted as skipped.
 */
public final class ArxivMlRecords {

  /** Longest line read, in characters; real records are under 10k. */
  public static final int MAX_LINE = 200_000;
  /**
   * Ids of the older harvest went through a float: {@code 906.0231} is {@code 0906.0231},
   * {@code 1512.0022800000002} is {@code 1512.00228}, {@code 1501.001} is {@code 1501.00100}.
   */
  private static final Pattern FLOAT_ID = Pattern.compile("\\d{3,4}\\.\\d+");
  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  /** The papers read and how many lines were skipped. */
  public record Loaded(List<IndexedPaper> papers, int skipped) {
    public Loaded {
      papers = List.copyOf(papers);
    }
  }

  private record Row(
      @JsonProperty("arxiv_id") String arxivId, String title, @JsonProperty("abstract") String summary,
      List<String> authors, List<String> categories, String date, String source) {}

  private ArxivMlRecords() {}

  /** Reads up to {@code limit} papers from a file ({@code .gz} is unzipped). */
  public static Loaded read(Path file, int limit) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in, limit);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Reads up to {@code limit} papers from a stream of JSON lines. */
  public static Loaded read(InputStream in, int limit) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<IndexedPaper> papers = new ArrayList<>();
    int skipped = 0;
    for (String line = reader.readLine(); line != null && papers.size() < limit; line = reader.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      try {
        if (line.length() > MAX_LINE) {
          throw new IllegalArgumentException("line too long");
        }
        papers.add(toPaper(JSON.readValue(line, Row.class)));
      } catch (IOException | RuntimeException e) {
        skipped++;
      }
    }
    return new Loaded(papers, skipped);
  }

  /** Since 2015 (1501) new-style ids have five digits after the dot, before four. */
  static String repairFloatId(String id) {
    BigDecimal value = new BigDecimal(id);
    int yymm = value.intValue();
    int digits = yymm >= 1501 ? 5 : 4;
    BigDecimal number = value.subtract(BigDecimal.valueOf(yymm)).movePointRight(digits).setScale(0, RoundingMode.HALF_UP);
    return String.format(Locale.ROOT, "%04d.%0" + digits + "d", yymm, number.intValueExact());
  }

  private static IndexedPaper toPaper(Row r) {
    String id = FLOAT_ID.matcher(r.arxivId()).matches() ? repairFloatId(r.arxivId()) : r.arxivId();
    Instant date = LocalDate.parse(r.date()).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<Author> authors = r.authors() == null ? List.of() : r.authors().stream().filter(a -> !a.isBlank()).map(Author::new).toList();
    Paper paper = new Paper(PaperId.of(id), 1, r.title(), r.summary(), authors, r.categories(), date, date, null, null, null);
    return new IndexedPaper(paper, List.of(), List.of(), List.of(), date, IndexedPaper.DEFAULT_SOURCE);
  }
}
