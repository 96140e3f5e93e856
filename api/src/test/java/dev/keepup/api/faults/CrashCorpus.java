package dev.keepup.api.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.keepup.crawler.arxiv.ArxivSnapshot;
import dev.keepup.crawler.arxiv.SnapshotFilter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A snapshot of arXiv metadata of any size built from the 200 real records in the test resources:
 * copy {@code k} of a record keeps its text, authors and categories and gets the new-style id
 * {@code YYMM.NNNNN} with {@code YYMM} counting months from 2001 and {@code NNNNN} its place among
 * the 200, so ids are distinct and co-authorship recurs as it does in arXiv. A share of lines is
 * then repeated (the same paper seen twice), at random places from a seeded generator.
 */
final class CrashCorpus {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CrashCorpus() {}

  /** Writes {@code copies} × 200 papers plus {@code repeats} repeated lines to {@code file}. */
  static Path write(Path file, int copies, int repeats, RandomGenerator random) throws IOException {
    List<String> records;
    try (InputStream in = CrashCorpus.class.getResourceAsStream("/arxiv-metadata/snapshot-head200.jsonl")) {
      records = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
    List<String> lines = new java.util.ArrayList<>(copies * records.size() + repeats);
    for (int k = 0; k < copies; k++) {
      for (int i = 0; i < records.size(); i++) {
        ObjectNode record = (ObjectNode) JSON.readTree(records.get(i));
        record.put("id", String.format("%02d%02d.%05d", 20 + k / 12, 1 + k % 12, i + 1));
        lines.add(JSON.writeValueAsString(record));
      }
    }
    for (int r = 0; r < repeats; r++) {
      lines.add(random.nextInt(lines.size()), lines.get(random.nextInt(lines.size())));
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (String line : lines) {
        w.write(line);
        w.newLine();
      }
    }
    return file;
  }

  /** The distinct ids of the papers Keepup reads from {@code file}. */
  static Set<String> distinctIds(Path file) throws IOException {
    Set<String> ids = new HashSet<>();
    ArxivSnapshot.read(file, new SnapshotFilter(Set.of(), null, null), p -> ids.add(p.id().value()));
    return ids;
  }
}
