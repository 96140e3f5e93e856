package dev.keepup.api.ingest;

import dev.keepup.crawler.arxiv.ArxivApiException;
import dev.keepup.crawler.arxiv.ArxivApiPage;
import dev.keepup.crawler.arxiv.ArxivApiParser;
import dev.keepup.model.Paper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads saved arXiv API responses (Atom) into papers. */
public final class ArxivResponseFiles {

  /** Largest response file read; real API pages of 2,000 entries are about 5 MB. */
  static final long MAX_FILE_BYTES = 64L << 20;

  /** The papers of some responses and how many entries could not be read. */
  public record Parsed(List<Paper> papers, int skipped) {
    public Parsed {
      papers = List.copyOf(papers);
    }
  }

  private final ArxivApiParser parser = new ArxivApiParser();

  public Parsed read(List<Path> files) {
    List<Paper> papers = new ArrayList<>();
    int skipped = 0;
    for (Path file : files) {
      try {
        if (Files.size(file) > MAX_FILE_BYTES) {
          throw new IllegalArgumentException(file + " is larger than " + (MAX_FILE_BYTES >> 20) + " MiB");
        }
        try (InputStream in = Files.newInputStream(file)) {
          ArxivApiPage page = parse(in, file.toString());
          papers.addAll(page.papers());
          skipped += page.skipped().size();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
      }
    }
    return new Parsed(papers, skipped);
  }

  /** Parses one response, naming {@code source} in errors. */
  public ArxivApiPage parse(InputStream in, String source) {
    try {
      return parser.parse(in);
    } catch (ArxivApiException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }
}
