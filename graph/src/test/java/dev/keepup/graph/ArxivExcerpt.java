package dev.keepup.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real papers of {@code src/test/resources/arxiv-ml/authors-excerpt.jsonl}, in file order. */
final class ArxivExcerpt {

  private static final Pattern NUMERIC_ID = Pattern.compile("(\\d{3,4})\\.(\\d+)");

  private ArxivExcerpt() {}

  static List<Paper> papers() {
    ObjectMapper json = new ObjectMapper();
    List<Paper> papers = new ArrayList<>();
    try (var in = ArxivExcerpt.class.getResourceAsStream("/arxiv-ml/authors-excerpt.jsonl");
        var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode n = json.readTree(line);
        List<Author> authors = new ArrayList<>();
        n.get("authors").forEach(a -> authors.add(new Author(a.asText())));
        List<String> categories = new ArrayList<>();
        n.get("categories").forEach(c -> categories.add(c.asText()));
        var published = LocalDate.parse(n.get("date").asText()).atStartOfDay().toInstant(ZoneOffset.UTC);
        papers.add(new Paper(PaperId.of(repaired(n.get("arxiv_id").asText())), 1, n.get("title").asText(), "",
            authors, categories, published, published, null, null, null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return papers;
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
}
