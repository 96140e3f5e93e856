package dev.keepup.api.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loads {@link KeepupConfig}: the shipped defaults ({@code config/keepup.yaml}, on the class
 * path), then an override file key by key, then {@code KEEPUP_*} environment variables.
 */
public final class ConfigLoader {

  static final String DEFAULTS = "config/keepup.yaml";
  private static final long MAX_FILE_BYTES = 1 << 20;

  private final ObjectMapper yaml =
      new ObjectMapper(new YAMLFactory())
          .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  /** Loads the defaults, overridden by {@code file} (may be null) and by {@code env}. */
  public KeepupConfig load(Path file, Map<String, String> env) {
    ObjectNode tree = defaults();
    if (file != null) {
      merge(tree, read(file));
    }
    applyEnvironment(tree, "", env);
    return bind(tree);
  }

  private ObjectNode defaults() {
    try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(DEFAULTS)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULTS + " is missing from the class path: the build is broken");
      }
      return (ObjectNode) yaml.readTree(in);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the shipped " + DEFAULTS + ": " + e.getMessage(), e);
    }
  }

  private ObjectNode read(Path file) {
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new ConfigException("config: " + file + " is larger than 1 MiB");
      }
      JsonNode node = yaml.readTree(file.toFile());
      if (node == null || node.isMissingNode() || node.isNull()) {
        return yaml.createObjectNode();
      }
      if (!node.isObject()) {
        throw new ConfigException("config: " + file + " must hold a mapping of keys to values");
      }
      return (ObjectNode) node;
    } catch (IOException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      throw new ConfigException("config: cannot read " + file + ": " + why);
    }
  }

  private static void merge(ObjectNode base, ObjectNode override) {
    for (Iterator<Map.Entry<String, JsonNode>> it = override.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode current = base.get(e.getKey());
      if (current instanceof ObjectNode obj && e.getValue() instanceof ObjectNode sub) {
        merge(obj, sub);
      } else {
        base.set(e.getKey(), e.getValue());
      }
    }
  }

  private static void applyEnvironment(ObjectNode node, String prefix, Map<String, String> env) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    for (String name : names) {
      String path = prefix.isEmpty() ? name : prefix + "." + name;
      JsonNode child = node.get(name);
      if (child instanceof ObjectNode obj) {
        applyEnvironment(obj, path, env);
      } else {
        String value = env.get(environmentName(path));
        if (value != null) {
          node.set(name, TextNode.valueOf(value));
        }
      }
    }
  }

  /** The environment variable that overrides a key: {@code http.port} → {@code KEEPUP_HTTP_PORT}. */
  static String environmentName(String keyPath) {
    return "KEEPUP_" + keyPath.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  private KeepupConfig bind(ObjectNode tree) {
    try {
      return yaml.treeToValue(tree, KeepupConfig.class);
    } catch (ValueInstantiationException e) {
      if (e.getCause() instanceof ConfigException ce) {
        throw ce;
      }
      throw new ConfigException("config: " + keyOf(e) + " " + e.getOriginalMessage());
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException("config: unknown key '" + keyOf(e) + "'");
    } catch (JsonMappingException e) {
      throw new ConfigException("config: " + keyOf(e) + " has a value of the wrong type");
    } catch (IOException e) {
      throw new ConfigException("config: " + e.getMessage());
    }
  }

  private static String keyOf(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() == null ? "[" + ref.getIndex() + "]" : ref.getFieldName())
        .collect(Collectors.joining("."));
  }
}
