package dev.keepup.graph.topic;

import dev.keepup.graph.PaperSummary;
import dev.keepup.graph.Ranked;
import dev.keepup.graph.Window;
import java.util.List;

/**
 * A topic over a window.
 *
 * @param id the topic id
 * @param label its label
 * @param broader the broader topics (score 0)
 * @param window the window the figures cover
 * @param papers papers in the window
 * @param previousPapers papers in the window before, of the same length
 * @param growth (papers + 1) / (previousPapers + 1): above 1 the topic is trending up
 * @param active researchers with the most papers in the window (score = papers)
 * @param influential researchers by co-authorship PageRank within the window (see {@code Influence})
 * @param related topics by co-occurrence on the window's papers (score = shared / sqrt(papers ×
 *     other topic's papers overall), a cosine)
 * @param newest the newest papers of the window
 */
public record TopicPage(
    String id,
    String label,
    List<Ranked> broader,
    Window window,
    long papers,
    long previousPapers,
    double growth,
    List<Ranked> active,
    List<Ranked> influential,
    List<Ranked> related,
    List<PaperSummary> newest) {

  public TopicPage {
    broader = List.copyOf(broader);
    active = List.copyOf(active);
    influential = List.copyOf(influential);
    related = List.copyOf(related);
    newest = List.copyOf(newest);
  }
}
