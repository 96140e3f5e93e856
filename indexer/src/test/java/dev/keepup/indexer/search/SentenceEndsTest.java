package dev.keepup.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentenceEndsTest {

  @Test
  void theEndsAreTheJdkSentenceBreaksAndSurviveStorage() {
    for (IndexedPaper p : TestPapers.realSample()) {
      String text = p.paper().summary();
      SentenceEnds ends = SentenceEnds.of(text);
      assertThat(ends.ends()).as(p.paper().id().value()).containsExactly(jdkBreaks(text));
      assertThat(SentenceEnds.of(ends.bytes()).ends()).as("stored and read back").containsExactly(ends.ends());
    }
  }

  @Test
  void aCharacterBelongsToTheSentenceThatStartsAtOrBeforeIt() {
    SentenceEnds ends = SentenceEnds.of("One two. Three $x.y$ four. Five?");
    assertThat(ends.ends()).containsExactly(9, 27, 32);
    assertThat(ends.sentenceAt(0)).isZero();
    assertThat(ends.sentenceAt(8)).isZero();
    assertThat(ends.sentenceAt(9)).isEqualTo(1);
    assertThat(ends.start(1)).isEqualTo(9);
    assertThat(ends.sentenceAt(31)).isEqualTo(2);
    assertThat(ends.sentenceAt(32)).as("past the end").isEqualTo(3);
  }

  @Test
  void anEmptyTextHasNoSentences() {
    assertThat(SentenceEnds.of("").count()).isZero();
    assertThat(SentenceEnds.of(SentenceEnds.of("").bytes()).count()).isZero();
  }

  private static int[] jdkBreaks(String text) {
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
    breaks.setText(text);
    List<Integer> ends = new ArrayList<>();
    breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
      ends.add(end);
    }
    return ends.stream().mapToInt(Integer::intValue).toArray();
  }
}
