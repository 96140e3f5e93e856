package dev.keepup.crawler.source;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The crawler's configuration as {@code config/sources.yaml} holds it: how to fetch, what to follow
 * on arXiv, and which blogs. Loaded into records validated at construction; a bad file fails at
 * start-up with the key at fault.
 */
public record SourcesConfig(FetchConfig fetch, ArxivConfig arxiv, List<BlogSource> blogs) {

  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  public SourcesConfig {
    Objects.requireNonNull(fetch, "the fetch section is missing");
    Objects.requireNonNull(arxiv, "the arxiv section is missing");
    blogs = blogs == null ? List.of() : List.copyOf(blogs);
    Set<String> ids = new HashSet<>();
    for (BlogSource blog : blogs) {
      if (!ids.add(blog.id())) {
        throw new IllegalArgumentException("two blogs have the id " + blog.id());
      }
    }
  }

  public static SourcesConfig load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return load(in, file.toString());
    }
  }

  /** Reads the YAML of {@code in}; {@code name} names it in errors. */
  public static SourcesConfig load(InputStream in, String name) throws IOException {
    try {
      return YAML.readValue(in, SourcesConfig.class);
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new IOException(name + ": " + path(e) + ": " + cause.getMessage(), e);
    } catch (JsonMappingException e) {
      throw new IOException(name + ": " + e.getOriginalMessage() + " at " + path(e), e);
    }
  }

  private static String path(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
        .orElse("(top)");
  }

  static void requireWeb(URI uri, String key) {
    if (uri == null || !uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw new IllegalArgumentException(key + " must be an http or https URL: " + uri);
    }
  }
}
