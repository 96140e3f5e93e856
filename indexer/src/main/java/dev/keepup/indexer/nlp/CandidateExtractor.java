package dev.keepup.indexer.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds candidate keyphrases. A noun phrase is a longest run of adjectives, nouns and participles
 * that ends in a noun ({@code (JJ|NN|VBN|VBG)* NN}; a participle may open it only after a
 * determiner, as in "an embedded wavelet scheme", and a gerund never follows a noun in it). The
 * phrase itself and every shorter span of it that ends in a noun and does not open with a participle
 * become candidates, at most {@link #MAX_WORDS} words each, made of real words only; occurrences
 * with the same stemmed key merge into one {@link Candidate}.
 */
final class CandidateExtractor {

  static final int MAX_WORDS = 5;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*");
  private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");
  private static final Pattern ACRONYM = Pattern.compile(".*\\p{Lu}.*\\p{Lu}.*");
  private static final Set<String> OPENS_PARTICIPLE = Set.of("DT", "PRP$", "CD", "POS");

  /** Candidates of a title and abstract, in order of first occurrence. */
  List<Candidate> extract(List<List<Token>> title, List<List<Token>> body) {
    Map<String, Tally> byKey = new LinkedHashMap<>();
    int position = 0;
    for (List<Token> sentence : title) {
      collect(sentence, position, true, byKey);
      position += sentence.size();
    }
    for (List<Token> sentence : body) {
      collect(sentence, position, false, byKey);
      position += sentence.size();
    }
    List<Candidate> candidates = new ArrayList<>(byKey.size());
    byKey.values().forEach(tally -> candidates.add(tally.toCandidate()));
    return candidates;
  }

  private static void collect(List<Token> sentence, int offset, boolean inTitle, Map<String, Tally> byKey) {
    int start = 0;
    while (start < sentence.size()) {
      if (!opensPhrase(sentence, start)) {
        start++;
        continue;
      }
      int end = start + 1;
      while (end < sentence.size() && continuesPhrase(sentence, end)) {
        end++;
      }
      int last = end - 1;
      while (last >= start && !sentence.get(last).isNoun()) {
        last--;
      }
      if (last >= start) {
        addPhrase(sentence.subList(start, last + 1), offset + start, inTitle, byKey);
      }
      start = end;
    }
  }

  /** Adds the noun phrase and its spans that end in a noun. */
  private static void addPhrase(List<Token> phrase, int position, boolean inTitle, Map<String, Tally> byKey) {
    int maximalStart = Math.max(0, phrase.size() - MAX_WORDS);
    Tally maximal = add(phrase.subList(maximalStart, phrase.size()), position + maximalStart, inTitle, byKey);
    maximal.maximalCount++;
    for (int end = phrase.size(); end > 0; end--) {
      if (!phrase.get(end - 1).isNoun()) {
        continue;
      }
      for (int begin = Math.max(0, end - MAX_WORDS); begin < end; begin++) {
        if ((end == phrase.size() && begin == maximalStart) || (begin > 0 && isParticiple(phrase.get(begin)))) {
          continue;
        }
        Tally sub = add(phrase.subList(begin, end), position + begin, inTitle, byKey);
        sub.containers.add(maximal.key);
      }
    }
  }

  private static boolean opensPhrase(List<Token> sentence, int index) {
    Token token = sentence.get(index);
    if (!fits(token)) {
      return false;
    }
    if (!isParticiple(token)) {
      return true;
    }
    return index > 0 && OPENS_PARTICIPLE.contains(sentence.get(index - 1).tag());
  }

  /** A gerund right after a noun starts a clause ("a scheme using ..."), not a modifier. */
  private static boolean continuesPhrase(List<Token> sentence, int index) {
    Token token = sentence.get(index);
    return fits(token) && !(token.tag().equals("VBG") && sentence.get(index - 1).isNoun());
  }

  private static boolean fits(Token token) {
    return (token.isNoun() || token.isAdjective() || isParticiple(token))
        && token.word().length() > 1
        && WORD.matcher(token.word()).matches()
        && HAS_LETTER.matcher(token.word()).matches();
  }

  private static boolean isParticiple(Token token) {
    return token.tag().equals("VBN") || token.tag().equals("VBG");
  }

  private static Tally add(List<Token> words, int position, boolean inTitle, Map<String, Tally> byKey) {
    List<String> stems = new ArrayList<>(words.size());
    StringBuilder display = new StringBuilder();
    for (Token token : words) {
      stems.addAll(List.of(Stems.ofPhrase(token.word()).split(" ")));
      if (!display.isEmpty()) {
        display.append(' ');
      }
      display.append(displayForm(token));
    }
    String key = String.join(" ", stems);
    Tally tally =
        byKey.computeIfAbsent(key, k -> new Tally(k, display.toString(), stems, position, isParticiple(words.get(0))));
    tally.count++;
    tally.inTitle |= inTitle;
    return tally;
  }

  private static String displayForm(Token token) {
    if (ACRONYM.matcher(token.word()).matches()) {
      return token.word();
    }
    String form = token.word();
    if (token.isNoun() && token.tag().endsWith("S") && Stems.of(token.lemma()).equals(Stems.of(form))) {
      form = token.lemma(); // "networks" -> "network", but not "data" -> "datum"
    }
    return form.toLowerCase(Locale.ROOT);
  }

  /** Counts of one candidate while a document is read. */
  private static final class Tally {
    final String key;
    final String display;
    final List<String> stems;
    final int firstPosition;
    final boolean startsWithVerbForm;
    final Set<String> containers = new HashSet<>();
    int count;
    int maximalCount;
    boolean inTitle;

    Tally(String key, String display, List<String> stems, int firstPosition, boolean startsWithVerbForm) {
      this.key = key;
      this.display = display;
      this.stems = stems;
      this.firstPosition = firstPosition;
      this.startsWithVerbForm = startsWithVerbForm;
    }

    Candidate toCandidate() {
      containers.remove(key);
      return new Candidate(
          key, display, stems, count, maximalCount, firstPosition, inTitle, startsWithVerbForm, containers.size());
    }
  }
}
