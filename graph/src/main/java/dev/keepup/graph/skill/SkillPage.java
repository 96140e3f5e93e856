package dev.keepup.graph.skill;

import dev.keepup.graph.PaperSummary;
import dev.keepup.graph.Ranked;
import java.util.List;

/**
 * A skill.
 *
 * @param id the skill id
 * @param label its label
 * @param prerequisites every skill it requires, directly or not, in learning order (first things
 *     first; score = position in that order, from 1)
 * @param papers the newest papers that use it
 * @param researchers strongest in it recently: sum of the skill's score over their papers among
 *     the newest 1,000 that use it
 */
public record SkillPage(String id, String label, List<Ranked> prerequisites, List<PaperSummary> papers, List<Ranked> researchers) {
  public SkillPage {
    prerequisites = List.copyOf(prerequisites);
    papers = List.copyOf(papers);
    researchers = List.copyOf(researchers);
  }
}
