package dev.keepup.graph.skill;

import dev.keepup.graph.PaperSummary;
import dev.keepup.graph.Ranked;
import java.util.List;

/**
 * How to get to a target skill or topic: the skills to learn in order, the target's own skills
 * last, each with a short reading list.
 */
public record LearningPath(String target, List<Step> steps) {
  public LearningPath {
    steps = List.copyOf(steps);
  }

  /**
   * One skill to learn and what to read for it: recent papers that use it, ranked by the skill's
   * score on the paper × log(2 + the papers its authors wrote) × (1 + the posts mentioning it),
   * among the newest 50 that use the skill.
   */
  public record Step(Ranked skill, List<PaperSummary> reading) {
    public Step {
      reading = List.copyOf(reading);
    }
  }
}
