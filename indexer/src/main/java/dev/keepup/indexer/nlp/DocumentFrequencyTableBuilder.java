package dev.keepup.indexer.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Builds the shipped document-frequency table from papers in the JSON-lines format of {@code
 * data/arxiv-ml/papers.jsonl.gz} (title + abstract of each). A build tool, not used at run time:
 *
 * <pre>java -cp ... dev.keepup.indexer.nlp.DocumentFrequencyTableBuilder papers.jsonl.gz out.tsv.gz</pre>
 *
 * Stems seen in fewer than {@value #MIN_DF} documents are left out to keep the table small.
 */
public final class DocumentFrequencyTableBuilder {

  static final int MIN_DF = 3;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*");

  private final TextCleaner cleaner = new TextCleaner(20_000);
  private final Map<String, Integer> frequencies = new HashMap<>();
  private int documents;

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: DocumentFrequencyTableBuilder PAPERS.jsonl.gz OUT.tsv.gz");
    }
    DocumentFrequencyTableBuilder builder = new DocumentFrequencyTableBuilder();
    builder.addPapers(Path.of(args[0]));
    builder.write(Path.of(args[1]));
  }

  void addPapers(Path jsonLinesGz) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (var reader =
        new BufferedReader(
            new InputStreamReader(new GZIPInputStream(Files.newInputStream(jsonLinesGz)), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        JsonNode paper = json.readTree(line);
        addDocument(paper.path("title").asText("") + " . " + paper.path("abstract").asText(""));
      }
    }
  }

  void addDocument(String text) {
    Set<String> stems = new HashSet<>();
    Matcher words = WORD.matcher(cleaner.clean(text));
    while (words.find()) {
      for (String stem : Stems.ofPhrase(words.group()).split(" ")) {
        if (!stem.isEmpty()) {
          stems.add(stem);
        }
      }
    }
    stems.forEach(stem -> frequencies.merge(stem, 1, Integer::sum));
    documents++;
  }

  void write(Path out) throws IOException {
    try (Writer writer =
        new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
      writer.write(DocumentFrequencies.HEADER + "\t" + documents + "\n");
      for (var entry : new TreeMap<>(frequencies).entrySet()) {
        if (entry.getValue() >= MIN_DF) {
          writer.write(entry.getKey() + "\t" + entry.getValue() + "\n");
        }
      }
    }
  }
}
