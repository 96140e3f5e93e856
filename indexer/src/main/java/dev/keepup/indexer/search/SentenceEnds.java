package dev.keepup.indexer.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteArrayDataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Where the sentences of a text end (the JDK's sentence rules), in order: sentence {@code i} runs
 * from {@code end(i - 1)} (0 for the first) to {@code end(i)}. An abstract's are found once, when
 * it is indexed, and stored beside it ({@link #bytes}): finding them again for every hit cost a
 * search's snippets more than all the rest of them.
 *
 * @param ends where each sentence ends, increasing; the last is the text's length
 */
record SentenceEnds(int[] ends) {

  /** The sentences of {@code text}. */
  static SentenceEnds of(String text) {
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
    breaks.setText(text);
    int[] ends = new int[8];
    int count = 0;
    for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
      ends = ArrayUtil.grow(ends, count + 1);
      ends[count++] = end;
    }
    return new SentenceEnds(Arrays.copyOf(ends, count));
  }

  /** The ends as stored: how many, then each one's distance from the previous end, as variable-length ints. */
  BytesRef bytes() {
    byte[] out = new byte[5 * (ends.length + 1)];
    ByteArrayDataOutput data = new ByteArrayDataOutput(out);
    try {
      data.writeVInt(ends.length);
      int previous = 0;
      for (int end : ends) {
        data.writeVInt(end - previous);
        previous = end;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write to memory", e);
    }
    return new BytesRef(out, 0, data.getPosition());
  }

  /** The ends {@link #bytes} stored. */
  static SentenceEnds of(BytesRef stored) {
    ByteArrayDataInput data = new ByteArrayDataInput(stored.bytes, stored.offset, stored.length);
    int[] ends = new int[data.readVInt()];
    int previous = 0;
    for (int i = 0; i < ends.length; i++) {
      previous += data.readVInt();
      ends[i] = previous;
    }
    return new SentenceEnds(ends);
  }

  int count() {
    return ends.length;
  }

  int start(int sentence) {
    return sentence == 0 ? 0 : ends[sentence - 1];
  }

  int end(int sentence) {
    return ends[sentence];
  }

  /** The sentence that holds the character at {@code offset}; {@link #count} when past the last. */
  int sentenceAt(int offset) {
    int at = Arrays.binarySearch(ends, offset);
    return at >= 0 ? at + 1 : -at - 1;
  }
}
