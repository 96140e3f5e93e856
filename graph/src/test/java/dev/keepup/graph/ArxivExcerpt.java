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
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The real papers of {@code src/test/resources/arxiv-ml/authors-excerpt.jsonl}, in file order. */
final class ArxivExcerpt {

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
        papers.add(new Paper(PaperId.of(n.get("arxiv_id").asText()), 1, n.get("title").asText(), "",
            authors, categories, published, published, null, null, null));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return papers;
  }
}
