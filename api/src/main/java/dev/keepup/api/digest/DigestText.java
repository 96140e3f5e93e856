package dev.keepup.api.digest;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jsoup.nodes.Entities;

/** A digest as Markdown (the CLI), plain text and HTML (the two parts of an e-mail). */
public final class DigestText {

  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final String baseUrl;

  public DigestText(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** The subject line or heading of a digest. */
  public static String title(Digest d) {
    return "Keepup digest " + d.subscription() + ": " + d.items().size() + (d.items().size() == 1 ? " paper" : " papers")
        + " new since " + DAY_TIME.format(d.from());
  }

  public String markdown(Digest d) {
    StringBuilder md = new StringBuilder("# ").append(markdownEscape(title(d))).append("\n\n");
    if (d.items().isEmpty()) {
      md.append("Nothing new.\n");
    }
    int n = 1;
    for (DigestItem item : d.items()) {
      md.append(n++).append(". **[").append(markdownEscape(item.title())).append("](").append(item.arxivUrl()).append(")**")
          .append(item.updated() ? " *(updated)*" : "").append("  \n")
          .append("   ").append(markdownEscape(authors(item))).append(" · ").append(String.join(", ", item.categories()))
          .append(" · [Keepup](").append(paperUrl(item)).append(")  \n")
          .append("   _").append(markdownEscape(item.why())).append("_\n");
    }
    return md.toString();
  }

  public String plain(Digest d) {
    StringBuilder text = new StringBuilder(title(d)).append("\n\n");
    int n = 1;
    for (DigestItem item : d.items()) {
      text.append(n++).append(". ").append(item.title()).append(item.updated() ? " (updated)" : "").append('\n')
          .append("   ").append(authors(item)).append('\n')
          .append("   ").append(item.arxivUrl()).append('\n')
          .append("   why: ").append(item.why()).append("\n\n");
    }
    return text.toString();
  }

  public String html(Digest d) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(Entities.escape(title(d))).append("</title></head><body><h1>").append(Entities.escape(title(d))).append("</h1><ol>");
    for (DigestItem item : d.items()) {
      html.append("<li><a href=\"").append(Entities.escape(item.arxivUrl())).append("\">").append(Entities.escape(item.title()))
          .append("</a>").append(item.updated() ? " <em>(updated)</em>" : "")
          .append("<br>").append(Entities.escape(authors(item)))
          .append(" · <a href=\"").append(Entities.escape(paperUrl(item))).append("\">on Keepup</a>")
          .append("<br><small>").append(Entities.escape(item.why())).append("</small></li>");
    }
    return html.append("</ol></body></html>").toString();
  }

  /** The page of this paper on Keepup. */
  public String paperUrl(DigestItem item) {
    return baseUrl + "/papers/" + item.id();
  }

  private static String authors(DigestItem item) {
    return item.authors().size() <= 5 ? String.join(", ", item.authors())
        : String.join(", ", item.authors().subList(0, 5)) + " et al.";
  }

  private static String markdownEscape(String s) {
    return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replace('\n', ' ');
  }
}
