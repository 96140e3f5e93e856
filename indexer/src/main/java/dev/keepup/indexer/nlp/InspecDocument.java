package dev.keepup.indexer.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One document of a keyphrase collection in the Inspec layout (Hulth 2003): {@code N.abstr} holds
 * the title (its first line, plus indented continuation lines) then the abstract; {@code
 * N.uncontr} the gold keyphrases separated by {@code ;}.
 */
public record InspecDocument(String id, String title, String abstractText, List<String> gold) {

  /** Files larger than this are not abstracts; they are refused rather than read. */
  static final long MAX_FILE_BYTES = 256 * 1024;

  public InspecDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(abstractText, "abstractText");
    gold = List.copyOf(gold);
  }

  /** Every {@code N.abstr} of {@code dir} that has its {@code N.uncontr}, ordered by file name. */
  public static List<InspecDocument> readAll(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IOException("not a directory: " + dir);
    }
    List<InspecDocument> documents = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path abstr : files.filter(f -> f.getFileName().toString().endsWith(".abstr")).sorted().toList()) {
        String name = abstr.getFileName().toString();
        Path gold = abstr.resolveSibling(name.substring(0, name.length() - ".abstr".length()) + ".uncontr");
        if (Files.isRegularFile(gold)) {
          documents.add(read(name.substring(0, name.length() - ".abstr".length()), abstr, gold));
        }
      }
    }
    return documents;
  }

  static InspecDocument read(String id, Path abstr, Path gold) throws IOException {
    List<String> lines = text(abstr).lines().toList();
    if (lines.isEmpty()) {
      return new InspecDocument(id, "", "", keyphrases(text(gold)));
    }
    StringBuilder title = new StringBuilder(lines.getFirst().strip());
    int next = 1;
    while (next < lines.size() && !lines.get(next).isEmpty() && Character.isWhitespace(lines.get(next).charAt(0))) {
      title.append(' ').append(lines.get(next++).strip());
    }
    String body = String.join(" ", lines.subList(next, lines.size())).replaceAll("\\s+", " ").strip();
    return new InspecDocument(id, title.toString(), body, keyphrases(text(gold)));
  }

  private static List<String> keyphrases(String gold) {
    return Stream.of(gold.split(";")).map(k -> k.replaceAll("\\s+", " ").strip()).filter(k -> !k.isEmpty()).toList();
  }

  private static String text(Path file) throws IOException {
    if (Files.size(file) > MAX_FILE_BYTES) {
      throw new IOException(file + " is larger than " + MAX_FILE_BYTES + " bytes");
    }
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }
}
