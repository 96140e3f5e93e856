package dev.keepup.graph.researcher;

import dev.keepup.graph.PaperSummary;
import dev.keepup.graph.Ranked;
import java.util.List;

/**
 * What the graph knows about one researcher.
 *
 * @param key the researcher's key
 * @param name the name form written most often
 * @param nameForms every form written, most frequent first (score = times written)
 * @param papers newest first
 * @param topics weighted by tag score times recency (a paper's weight halves every 365 days)
 * @param skills weighted like topics
 * @param coauthors most frequent first (score = papers together)
 * @param organizations from affiliations, by name
 * @param activity papers per month, oldest month first
 */
public record ResearcherProfile(
    String key,
    String name,
    List<Ranked> nameForms,
    List<PaperSummary> papers,
    List<Ranked> topics,
    List<Ranked> skills,
    List<Ranked> coauthors,
    List<String> organizations,
    List<MonthActivity> activity) {

  public ResearcherProfile {
    nameForms = List.copyOf(nameForms);
    papers = List.copyOf(papers);
    topics = List.copyOf(topics);
    skills = List.copyOf(skills);
    coauthors = List.copyOf(coauthors);
    organizations = List.copyOf(organizations);
    activity = List.copyOf(activity);
  }

  /** Papers in one month, {@code yyyy-MM}. */
  public record MonthActivity(String month, long papers) {}
}
