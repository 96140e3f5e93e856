package dev.keepup.api.digest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A subscription's digests as an Atom 1.0 feed, written with Rome. Each paper is one entry whose id
 * is stable for the subscription and paper ({@code tag:} URI); a newer version sent later replaces
 * the entry with a newer {@code updated}. Entries link to the paper page on Keepup (alternate) and
 * to the version on arXiv (related).
 */
public final class AtomFeed {

  private final DigestText text;
  private final String baseUrl;

  public AtomFeed(String baseUrl) {
    this.baseUrl = baseUrl;
    this.text = new DigestText(baseUrl);
  }

  /** The entry id of {@code paperId} in the feed of {@code subscription}. */
  public static String entryId(String subscription, String paperId) {
    return "tag:keepup.dev,2026:subscription/" + subscription + "/paper/" + paperId;
  }

  /** The feed of {@code subscription} made of {@code digests}, newest first. */
  public String write(String subscription, List<Digest> digests) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setTitle("Keepup: " + subscription);
    feed.setUri("tag:keepup.dev,2026:subscription/" + subscription);
    feed.setLink(baseUrl + "/feeds/" + subscription + ".atom");
    SyndLink self = link(baseUrl + "/feeds/" + subscription + ".atom", "self", "application/atom+xml");
    feed.setLinks(List.of(self));
    Instant updated = digests.isEmpty() ? Instant.EPOCH : digests.getFirst().until();
    feed.setPublishedDate(Date.from(updated));
    Map<String, SyndEntry> entries = new LinkedHashMap<>();
    for (Digest d : digests) {
      for (DigestItem item : d.items()) {
        entries.putIfAbsent(item.id(), entry(subscription, d, item)); // newest digest first: its version wins
      }
    }
    feed.setEntries(new ArrayList<>(entries.values()));
    try {
      return new SyndFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("cannot write the feed of " + subscription + ": " + e.getMessage(), e);
    }
  }

  private SyndEntry entry(String subscription, Digest d, DigestItem item) {
    SyndEntry e = new SyndEntryImpl();
    e.setUri(entryId(subscription, item.id()));
    e.setTitle(item.updated() ? item.title() + " (updated to v" + item.version() + ")" : item.title());
    e.setLink(text.paperUrl(item));
    e.setLinks(List.of(link(text.paperUrl(item), "alternate", "text/html"), link(item.arxivUrl(), "related", "text/html")));
    e.setUpdatedDate(Date.from(d.until()));
    e.setPublishedDate(Date.from(item.firstSeen()));
    List<SyndPerson> authors = new ArrayList<>();
    for (String name : item.authors()) {
      SyndPerson p = new SyndPersonImpl();
      p.setName(name);
      authors.add(p);
    }
    e.setAuthors(authors);
    SyndContent summary = new SyndContentImpl();
    summary.setType("text");
    summary.setValue(item.why());
    e.setDescription(summary);
    return e;
  }

  private static SyndLink link(String href, String rel, String type) {
    SyndLink link = new SyndLinkImpl();
    link.setHref(href);
    link.setRel(rel);
    link.setType(type);
    return link;
  }
}
