package dev.keepup.indexer.nlp;

import dev.keepup.indexer.nlp.vocab.Concept;
import dev.keepup.indexer.nlp.vocab.Topic;
import dev.keepup.indexer.nlp.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the concepts of one vocabulary (topics or skills) in an analysed text. Every name of a
 * concept (label and aliases) is matched as a sequence of Porter stems, so "graph neural
 * networks" matches the alias "graph neural network"; names written in capitals ("GAN", "SQL")
 * match only the same capitals, optionally with a plural "s". Evidence adds up: a mention in the
 * title counts {@value #TITLE_WEIGHT}, in the abstract 1, a multi-word name fully and a single word
 * {@value #SINGLE_WORD_WEIGHT}; a name that is also one of the paper's top keyphrases adds the
 * keyphrase's score; a topic whose arXiv categories include the paper's gets {@value
 * #CATEGORY_BONUS} more. The confidence is {@code 1 - exp(-evidence / 2)}; concepts under {@link
 * #MIN_SCORE} are dropped. A broader topic inherits {@value #BROADER_SHARE} of a narrower one's score,
 * its own broader topic that share again, and so on while the result stays above {@link #MIN_SCORE}.
 */
final class ConceptMatcher<C extends Concept> {

  static final double TITLE_WEIGHT = 2.0;
  static final double SINGLE_WORD_WEIGHT = 0.6;
  static final double CATEGORY_BONUS = 0.5;
  static final double BROADER_SHARE = 0.5;
  static final double MIN_SCORE = 0.3;
  private static final Pattern CAPITALS = Pattern.compile("[\\p{Lu}\\p{N}]+(?:-[\\p{Lu}\\p{N}]+)*");

  /** One name of a concept, as stems or as exact capitals. */
  private record Name(Concept concept, List<String> stems, String capitals) {}

  private final Vocabulary<C> vocabulary;
  private final Map<String, List<Name>> byFirstWord = new HashMap<>();

  ConceptMatcher(Vocabulary<C> vocabulary) {
    this.vocabulary = vocabulary;
    for (C concept : vocabulary.entries()) {
      for (String name : concept.names()) {
        if (CAPITALS.matcher(name).matches() && name.chars().anyMatch(Character::isLetter)) {
          byFirstWord.computeIfAbsent(name, k -> new ArrayList<>()).add(new Name(concept, List.of(name), name));
        } else {
          List<String> stems = List.of(Stems.ofPhrase(name).split(" "));
          byFirstWord.computeIfAbsent(stems.getFirst(), k -> new ArrayList<>()).add(new Name(concept, stems, null));
        }
      }
    }
  }

  List<ConceptTag> match(AnalysedText text, List<ScoredCandidate> topKeyphrases, Collection<String> categories) {
    Map<String, Double> evidence = new HashMap<>();
    scan(text.title(), TITLE_WEIGHT, evidence);
    scan(text.body(), 1.0, evidence);
    for (ScoredCandidate keyphrase : topKeyphrases) {
      for (Name name : byFirstWord.getOrDefault(keyphrase.candidate().stems().getFirst(), List.of())) {
        if (name.capitals() == null && name.stems().equals(keyphrase.candidate().stems())) {
          evidence.merge(name.concept().id(), keyphrase.toKeyphrase().score(), Double::sum);
        }
      }
    }
    Map<String, Double> scores = new HashMap<>();
    evidence.forEach((id, amount) -> scores.put(id, 1 - Math.exp(-(amount + categoryBonus(id, categories)) / 2)));
    inheritToBroader(scores);
    List<ConceptTag> tags = new ArrayList<>();
    scores.forEach(
        (id, score) -> {
          if (score >= MIN_SCORE) {
            tags.add(new ConceptTag(id, vocabulary.get(id).orElseThrow().label(), score));
          }
        });
    tags.sort(Comparator.comparingDouble(ConceptTag::score).reversed().thenComparing(ConceptTag::id));
    return tags;
  }

  private double categoryBonus(String id, Collection<String> categories) {
    return vocabulary.get(id).orElseThrow() instanceof Topic topic
            && topic.categories().stream().anyMatch(categories::contains)
        ? CATEGORY_BONUS
        : 0;
  }

  private void inheritToBroader(Map<String, Double> scores) {
    if (vocabulary.entries().isEmpty() || !(vocabulary.entries().getFirst() instanceof Topic)) {
      return;
    }
    for (var entry : Map.copyOf(scores).entrySet()) {
      passUp(entry.getKey(), entry.getValue() * BROADER_SHARE, scores);
    }
  }

  /** Each level up keeps {@link #BROADER_SHARE} of the score below it, down to {@link #MIN_SCORE}. */
  private void passUp(String id, double share, Map<String, Double> scores) {
    if (share < MIN_SCORE) {
      return;
    }
    for (String broader : vocabulary.get(id).orElseThrow().links()) {
      scores.merge(broader, share, Math::max);
      passUp(broader, share * BROADER_SHARE, scores);
    }
  }

  private void scan(List<List<Token>> sentences, double weight, Map<String, Double> evidence) {
    for (List<Token> sentence : sentences) {
      List<String> stems = new ArrayList<>(sentence.size());
      for (Token token : sentence) {
        stems.add(Stems.of(token.word()));
      }
      for (int i = 0; i < sentence.size(); i++) {
        String word = sentence.get(i).word();
        matchAt(byFirstWord.get(stems.get(i)), stems, i, weight, evidence);
        if (word.length() > 1 && word.endsWith("s") && CAPITALS.matcher(word.substring(0, word.length() - 1)).matches()) {
          matchAt(byFirstWord.get(word.substring(0, word.length() - 1)), stems, i, weight, evidence);
        } else if (CAPITALS.matcher(word).matches()) {
          matchAt(byFirstWord.get(word), stems, i, weight, evidence);
        }
      }
    }
  }

  private static void matchAt(List<Name> names, List<String> stems, int at, double weight, Map<String, Double> evidence) {
    if (names == null) {
      return;
    }
    Set<String> seenHere = new HashSet<>();
    for (Name name : names) {
      boolean matches =
          name.capitals() != null
              || (at + name.stems().size() <= stems.size()
                  && stems.subList(at, at + name.stems().size()).equals(name.stems()));
      if (matches && seenHere.add(name.concept().id())) {
        double specificity = name.capitals() != null || name.stems().size() > 1 ? 1.0 : SINGLE_WORD_WEIGHT;
        evidence.merge(name.concept().id(), weight * specificity, Double::sum);
      }
    }
  }
}
