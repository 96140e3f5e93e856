package dev.keepup.crawler.arxiv;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.keepup.model.Author;
import dev.keepup.model.Paper;
import dev.keepup.model.PaperId;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** One line of arXiv's metadata snapshot, as Jackson reads it. */
@JsonIgnoreProperties(ignoreUnknown = true)
record SnapshotRecord(
    String id,
    String authors,
    String title,
    String comments,
    @JsonProperty("journal-ref") String journalRef,
    String doi,
    String categories,
    @JsonProperty("abstract") String summary,
    List<Version> versions,
    @JsonProperty("authors_parsed") List<List<String>> authorsParsed) {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Version(String version, String created) {}

  Paper toPaper() {
    if (versions == null || versions.isEmpty()) {
      throw new IllegalArgumentException("no versions");
    }
    Version last = versions.getLast();
    if (last.version() == null || !last.version().strip().matches("v\\d+") || versions.getFirst().created() == null || last.created() == null) {
      throw new IllegalArgumentException("versions without number or date");
    }
    return new Paper(
        PaperId.of(id),
        Integer.parseInt(last.version().strip().substring(1)),
        title,
        summary,
        authorList(),
        categories == null ? List.of() : Arrays.asList(categories.strip().split("\\s+")),
        date(versions.getFirst().created()),
        date(last.created()),
        doi,
        journalRef,
        comments);
  }

  /** {@code authors_parsed} holds [last, first, suffix] per author; the plain string is a fallback. */
  private List<Author> authorList() {
    if (authorsParsed != null && !authorsParsed.isEmpty()) {
      return authorsParsed.stream()
          .map(parts -> {
            String last = parts.isEmpty() ? "" : parts.get(0);
            String first = parts.size() > 1 ? parts.get(1) : "";
            String suffix = parts.size() > 2 ? parts.get(2) : "";
            return String.join(" ", first, last, suffix).strip();
          })
          .filter(name -> !name.isBlank())
          .map(Author::new)
          .toList();
    }
    return authors == null ? List.of()
        : Arrays.stream(authors.split(",\\s*|\\s+and\\s+")).filter(s -> !s.isBlank()).map(Author::new).toList();
  }

  private static Instant date(String rfc1123) {
    return ZonedDateTime.parse(rfc1123.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
  }
}
