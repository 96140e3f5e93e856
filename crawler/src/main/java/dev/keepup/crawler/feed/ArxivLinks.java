package dev.keepup.crawler.feed;

import dev.keepup.model.PaperId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the arXiv papers a text or its links cite: arxiv.org abs/pdf/html URLs, Hugging Face paper
 * pages (which are keyed by arXiv id) and {@code arXiv:} ids.
 */
final class ArxivLinks {

  private static final Pattern CITATION =
      Pattern.compile(
          "(?i)(?:arxiv\\.org/(?:abs|pdf|html)/|huggingface\\.co/papers/|arxiv:\\s?)"
              + "((?-i:\\d{4}\\.\\d{4,5}|[a-z]+(?:-[a-z]+)*(?:\\.[A-Z]{2})?/\\d{7}))(?:v\\d+)?");

  private ArxivLinks() {}

  /** The distinct ids cited in {@code texts}, in order of first mention. */
  static List<PaperId> in(String... texts) {
    Set<PaperId> ids = new LinkedHashSet<>();
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      Matcher m = CITATION.matcher(text);
      while (m.find()) {
        ids.add(PaperId.of(m.group(1)));
      }
    }
    return List.copyOf(ids);
  }
}
