package dev.keepup.api.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The validated settings of one Keepup process, as loaded by {@link ConfigLoader} from
 * {@code config/keepup.yaml}, an override file and the environment. Each constructor rejects a bad
 * value with a {@link ConfigException} naming its key.
 */
public record KeepupConfig(Path dataDir, Http http, Graph graph, Index index, Crawl crawl, Digest digest, Smtp smtp, Webhook webhook) {

  public KeepupConfig {
    Objects.requireNonNull(dataDir, "data-dir");
    Objects.requireNonNull(http, "http");
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(crawl, "crawl");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(smtp, "smtp");
    Objects.requireNonNull(webhook, "webhook");
  }

  public KeepupConfig withDataDir(Path dir) {
    return new KeepupConfig(dir, http, graph, index, crawl, digest, smtp, webhook);
  }

  public KeepupConfig withPort(int port) {
    return new KeepupConfig(dataDir, new Http(http.host(), port, http.maxBodyBytes(), http.apiToken(), http.rateLimitPerMinute()), graph, index, crawl, digest, smtp, webhook);
  }

  /** The crawler: which source list to follow. */
  public record Crawl(String sources) {
    public Crawl {
      sources = sources == null ? "" : sources.strip();
    }

    /** The user's source list, or null for the shipped one. */
    public Path sourcesFile() {
      return sources.isEmpty() ? null : Path.of(sources);
    }
  }

  /** The HTTP server; {@code rateLimitPerMinute} is per client address on /api/, 0 for none. */
  public record Http(String host, int port, long maxBodyBytes, String apiToken, int rateLimitPerMinute) {
    public Http {
      apiToken = apiToken == null ? "" : apiToken.strip();
      ConfigException.require(host != null && !host.isBlank(), "http.host", "must not be empty");
      ConfigException.require(port >= 0 && port <= 65_535, "http.port", "must be between 0 and 65535, got " + port);
      ConfigException.require(maxBodyBytes >= 1_024, "http.max-body-bytes", "must be at least 1024, got " + maxBodyBytes);
      ConfigException.require(rateLimitPerMinute >= 0, "http.rate-limit-per-minute", "must be 0 (no limit) or more, got " + rateLimitPerMinute);
      ConfigException.require(loopback(host) || apiToken.length() >= 16, "http.api-token",
          "of at least 16 characters is needed when http.host (" + host + ") is not a loopback address");
    }

    private static boolean loopback(String host) {
      return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    @Override
    public String toString() { // never log the token
      return "Http[host=" + host + ", port=" + port + ", maxBodyBytes=" + maxBodyBytes + ", apiToken=" + (apiToken.isEmpty() ? "" : "****")
          + ", rateLimitPerMinute=" + rateLimitPerMinute + "]";
    }

    public boolean loopbackOnly() {
      return loopback(host);
    }
  }

  /** The graph store: the embedded database or an external server. */
  public record Graph(String uri, String user, String password, String database, int pageCacheMb, int batchSize) {
    public static final String EMBEDDED = "embedded";

    public Graph {
      ConfigException.require(uri != null && !uri.isBlank(), "graph.uri", "must be 'embedded' or a neo4j:// or bolt:// URI");
      ConfigException.require(
          uri.equals(EMBEDDED) || uri.matches("(neo4j|bolt)(\\+s|\\+ssc)?://[^\\s]+"),
          "graph.uri", "must be 'embedded' or a neo4j://, neo4j+s://, bolt:// or bolt+s:// URI, got '" + uri + "'");
      ConfigException.require(database != null && database.matches("[A-Za-z][A-Za-z0-9.-]{0,62}"), "graph.database", "is not a database name");
      ConfigException.require(pageCacheMb >= 8 && pageCacheMb <= 65_536, "graph.page-cache-mb", "must be between 8 and 65536, got " + pageCacheMb);
      ConfigException.require(batchSize >= 1 && batchSize <= 10_000, "graph.batch-size", "must be between 1 and 10000, got " + batchSize);
      if (!uri.equals(EMBEDDED)) {
        ConfigException.require(user != null && !user.isBlank(), "graph.user", "is needed for an external server");
        ConfigException.require(password != null && !password.isEmpty(), "graph.password", "is needed for an external server (or set KEEPUP_GRAPH_PASSWORD)");
      }
    }

    public boolean embedded() {
      return uri.equals(EMBEDDED);
    }

    @Override
    public String toString() { // never log the password
      return "Graph[uri=" + uri + ", user=" + user + ", password=" + (password == null || password.isEmpty() ? "" : "****")
          + ", database=" + database + ", pageCacheMb=" + pageCacheMb + ", batchSize=" + batchSize + "]";
    }
  }

  /** The search index. */
  public record Index(int maxPageSize) {
    public Index {
      ConfigException.require(maxPageSize >= 1 && maxPageSize <= 1_000, "index.max-page-size", "must be between 1 and 1000, got " + maxPageSize);
    }
  }

  /** Digest delivery: the public address that links in digests start with, and attempts per delivery. */
  public record Digest(String baseUrl, int maxAttempts) {
    public Digest {
      ConfigException.require(baseUrl != null && baseUrl.matches("https?://[^\\s/]+(/\\S*)?"), "digest.base-url",
          "must be an http:// or https:// address, got '" + baseUrl + "'");
      ConfigException.require(maxAttempts >= 1 && maxAttempts <= 50, "digest.max-attempts", "must be between 1 and 50, got " + maxAttempts);
    }
  }

  /** The mail server for e-mailed digests; an empty host turns e-mail off. */
  public record Smtp(String host, int port, String user, String password, String from, boolean starttlsRequired) {
    public Smtp {
      host = host == null ? "" : host.strip();
      user = user == null || user.isBlank() ? null : user.strip();
      password = password == null || password.isEmpty() ? null : password;
      ConfigException.require(port >= 1 && port <= 65_535, "smtp.port", "must be between 1 and 65535, got " + port);
      ConfigException.require(from != null && from.contains("@"), "smtp.from", "must be an e-mail address, got '" + from + "'");
    }

    public boolean enabled() {
      return !host.isEmpty();
    }

    @Override
    public String toString() { // never log the password
      return "Smtp[host=" + host + ", port=" + port + ", user=" + user + ", password=" + (password == null ? "" : "****")
          + ", from=" + from + ", starttlsRequired=" + starttlsRequired + "]";
    }
  }

  /** Webhook deliveries: the key their bodies are signed with; empty refuses webhook channels. */
  public record Webhook(String secret) {
    public Webhook {
      secret = secret == null || secret.isBlank() ? null : secret.strip();
      ConfigException.require(secret == null || secret.length() >= 16, "webhook.secret", "must be at least 16 characters");
    }

    @Override
    public String toString() { // never log the secret
      return "Webhook[secret=" + (secret == null ? "" : "****") + "]";
    }
  }
}
