package dev.keepup.api.digest;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One paper of a digest and why it is there.
 *
 * @param version the version this digest carries
 * @param updated true when an earlier version was sent before: the paper is not new, it was revised
 * @param firstSeen when Keepup first saw the paper
 * @param published when version 1 was submitted
 * @param reasons why it is here, e.g. {@code topic: diffusion models}, {@code by a researcher you follow}
 */
public record DigestItem(
    String id, int version, String title, List<String> authors, List<String> categories, Instant firstSeen,
    Instant published, boolean updated, double score, List<String> reasons) {

  public DigestItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    authors = List.copyOf(authors);
    categories = List.copyOf(categories);
    Objects.requireNonNull(firstSeen, "firstSeen");
    Objects.requireNonNull(published, "published");
    reasons = List.copyOf(reasons);
  }

  /** The arXiv page of this version. */
  public String arxivUrl() {
    return "https://arxiv.org/abs/" + id + "v" + version;
  }

  /** The reasons as one line: {@code topic: diffusion models · by a researcher you follow}. */
  public String why() {
    return String.join(" · ", reasons);
  }
}
