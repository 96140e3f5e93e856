package dev.keepup.indexer.nlp;

/**
 * Cleans a title and an abstract ({@link TextCleaner}) and runs them through the shared {@link
 * NlpPipeline}. The title is capped at {@value #MAX_TITLE_CHARS} characters and the abstract at
 * {@value #MAX_ABSTRACT_CHARS}, which bounds the time one paper can take.
 */
final class TextAnalyser {

  static final int MAX_TITLE_CHARS = 1_000;
  static final int MAX_ABSTRACT_CHARS = 20_000;

  private final TextCleaner titleCleaner = new TextCleaner(MAX_TITLE_CHARS);
  private final TextCleaner abstractCleaner = new TextCleaner(MAX_ABSTRACT_CHARS);
  private final NlpPipeline pipeline;

  TextAnalyser(NlpPipeline pipeline) {
    this.pipeline = pipeline;
  }

  AnalysedText analyse(String title, String abstractText) {
    return new AnalysedText(
        pipeline.analyse(titleCleaner.clean(title)), pipeline.analyse(abstractCleaner.clean(abstractText)));
  }
}
