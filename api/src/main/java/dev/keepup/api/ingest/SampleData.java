package dev.keepup.api.ingest;

import dev.keepup.crawler.arxiv.ArxivApiPage;
import dev.keepup.model.Paper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The real arXiv API responses shipped in the application for {@code keepup demo}. */
public final class SampleData {

  private static final String FOLDER = "samples/arxiv-api/";

  private SampleData() {}

  /** Every paper of the shipped responses. */
  public static ArxivResponseFiles.Parsed papers() {
    ArxivResponseFiles reader = new ArxivResponseFiles();
    List<Paper> papers = new ArrayList<>();
    int skipped = 0;
    for (String name : fileNames()) {
      try (InputStream in = resource(name)) {
        ArxivApiPage page = reader.parse(in, name);
        papers.addAll(page.papers());
        skipped += page.skipped().size();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ArxivResponseFiles.Parsed(papers, skipped);
  }

  private static List<String> fileNames() {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(resource("index.txt"), StandardCharsets.UTF_8))) {
      return r.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = SampleData.class.getClassLoader().getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IllegalStateException("the sample file " + FOLDER + name + " is missing: the build is broken");
    }
    return in;
  }
}
