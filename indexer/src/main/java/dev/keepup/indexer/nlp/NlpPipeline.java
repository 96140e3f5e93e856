package dev.keepup.indexer.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The one CoreNLP pipeline of the process: {@code tokenize, ssplit, pos, lemma} with the English
 * left3words POS model, the only model file Keepup ships. Building it takes about a second (the
 * model loads); {@link #analyse} is safe to call from several threads at once.
 */
final class NlpPipeline {

  static final String POS_MODEL =
      "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
  /** Longer "sentences" (tables, lists without punctuation) are left untagged: bounded time. */
  private static final int MAX_SENTENCE_TOKENS = 300;

  private final StanfordCoreNLP pipeline;

  NlpPipeline() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    props.setProperty("tokenize.language", "en");
    props.setProperty(
        "tokenize.options",
        "untokenizable=noneDelete,ptb3Escaping=false,splitHyphenated=false,invertible=false");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("pos.model", POS_MODEL);
    props.setProperty("pos.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
    this.pipeline = new StanfordCoreNLP(props, false);
  }

  /** Splits {@code text} into sentences of tagged, lemmatised tokens. */
  List<List<Token>> analyse(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    CoreDocument document = new CoreDocument(text);
    pipeline.annotate(document);
    List<List<Token>> sentences = new ArrayList<>(document.sentences().size());
    for (CoreSentence sentence : document.sentences()) {
      List<Token> tokens = new ArrayList<>(sentence.tokens().size());
      for (CoreLabel label : sentence.tokens()) {
        String tag = label.tag() == null ? "X" : label.tag();
        String lemma = label.lemma() == null ? label.word() : label.lemma();
        tokens.add(new Token(label.word(), tag, lemma));
      }
      sentences.add(tokens);
    }
    return sentences;
  }
}
