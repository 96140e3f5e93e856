package dev.keepup.indexer.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A background table of document frequencies of Porter-stemmed words, for the IDF part of
 * keyphrase scores. The shipped table ({@value #RESOURCE}) is made by {@link
 * DocumentFrequencyTableBuilder}; its provenance is in the README next to it.
 *
 * <p>Format: gzipped UTF-8 lines, the first {@code #documents<TAB>N}, then {@code stem<TAB>df}.
 */
final class DocumentFrequencies {

  static final String RESOURCE = "/dev/keepup/indexer/nlp/document-frequencies.tsv.gz";
  static final String HEADER = "#documents";

  private final Map<String, Integer> frequencies;
  private final int documents;

  private DocumentFrequencies(Map<String, Integer> frequencies, int documents) {
    this.frequencies = Map.copyOf(frequencies);
    this.documents = documents;
  }

  /** Loads the table shipped with Keepup. */
  static DocumentFrequencies shipped() {
    return ShippedResource.read(RESOURCE, DocumentFrequencies::read);
  }


  static DocumentFrequencies read(InputStream gzipped) throws IOException {
    var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8));
    String header = reader.readLine();
    if (header == null || !header.startsWith(HEADER + "\t")) {
      throw new IOException("document-frequency table lacks its '" + HEADER + "' header");
    }
    int documents = Integer.parseInt(header.substring(HEADER.length() + 1).strip());
    Map<String, Integer> frequencies = new HashMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        frequencies.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1).strip()));
      }
    }
    return new DocumentFrequencies(frequencies, documents);
  }

  /** Smoothed inverse document frequency; unseen stems count as seen in one document. */
  double idf(String stem) {
    int df = frequencies.getOrDefault(stem, 1);
    return Math.log((documents + 1.0) / df);
  }
}
