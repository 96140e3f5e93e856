package dev.keepup.crawler.oai;

import dev.keepup.crawler.SkippedEntry;
import dev.keepup.model.Paper;
import java.time.Instant;
import java.util.List;

/**
 * One page of an OAI-PMH list answer.
 *
 * @param responseDate when the repository answered; the {@code from} of the next incremental harvest
 * @param identifiers the OAI identifiers of the page's records (or headers), deleted ones included
 * @param deleted the identifiers of records the repository marks deleted
 * @param papers the records in the {@code arXiv} metadata format that became papers
 * @param skipped the records that did not
 * @param resumptionToken where the list goes on, or null at its end
 */
public record OaiPage(
    Instant responseDate,
    List<String> identifiers,
    List<String> deleted,
    List<Paper> papers,
    List<SkippedEntry> skipped,
    String resumptionToken) {

  public OaiPage {
    identifiers = List.copyOf(identifiers);
    deleted = List.copyOf(deleted);
    papers = List.copyOf(papers);
    skipped = List.copyOf(skipped);
    resumptionToken = resumptionToken == null || resumptionToken.isBlank() ? null : resumptionToken.strip();
  }

  public boolean isLast() {
    return resumptionToken == null;
  }
}
