package dev.keepup.indexer.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A title and abstract after the CoreNLP pipeline, with the word statistics keyphrase ranking and
 * vocabulary matching read: stem frequencies, the title's stems and the length in tokens.
 */
record AnalysedText(List<List<Token>> title, List<List<Token>> body) {
  AnalysedText {
    title = List.copyOf(title);
    body = List.copyOf(body);
  }

  Map<String, Integer> stemFrequencies() {
    Map<String, Integer> frequencies = new HashMap<>();
    forEachStem(title, stem -> frequencies.merge(stem, 1, Integer::sum));
    forEachStem(body, stem -> frequencies.merge(stem, 1, Integer::sum));
    return frequencies;
  }

  Set<String> titleStems() {
    Set<String> stems = new HashSet<>();
    forEachStem(title, stems::add);
    return stems;
  }

  int length() {
    return title.stream().mapToInt(List::size).sum() + body.stream().mapToInt(List::size).sum();
  }

  private static void forEachStem(List<List<Token>> sentences, Consumer<String> action) {
    for (List<Token> sentence : sentences) {
      for (Token token : sentence) {
        for (String stem : Stems.ofPhrase(token.word()).split(" ")) {
          action.accept(stem);
        }
      }
    }
  }
}
