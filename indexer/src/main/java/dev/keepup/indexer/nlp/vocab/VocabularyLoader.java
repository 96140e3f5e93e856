package dev.keepup.indexer.nlp.vocab;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads {@code topics.yaml} and {@code skills.yaml} into validated {@link Vocabulary} values. The
 * files are small and hand-written: at most {@value #MAX_BYTES} bytes, no YAML anchors beyond a few,
 * unknown keys rejected so typos surface.
 */
public final class VocabularyLoader {

  static final int MAX_BYTES = 2 * 1024 * 1024;

  /** The shipped vocabularies, copied from {@code config/} into the indexer's resources. */
  public static final String SHIPPED_TOPICS = "/dev/keepup/indexer/nlp/vocab/topics.yaml";

  public static final String SHIPPED_SKILLS = "/dev/keepup/indexer/nlp/vocab/skills.yaml";

  record TopicsFile(List<Topic> topics) {}

  record SkillsFile(List<Skill> skills) {}

  private final ObjectMapper yaml;

  public VocabularyLoader() {
    LoaderOptions limits = new LoaderOptions();
    limits.setCodePointLimit(MAX_BYTES);
    limits.setMaxAliasesForCollections(10);
    limits.setAllowDuplicateKeys(false);
    this.yaml =
        new YAMLMapper(YAMLFactory.builder().loaderOptions(limits).build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  }

  public Vocabulary<Topic> topics(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return topics(in, file.toString());
    } catch (IOException e) {
      throw new VocabularyException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  public Vocabulary<Skill> skills(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return skills(in, file.toString());
    } catch (IOException e) {
      throw new VocabularyException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  public Vocabulary<Topic> topics(InputStream in, String source) {
    TopicsFile file = read(in, source, TopicsFile.class);
    return new Vocabulary<>(source, file.topics() == null ? List.of() : file.topics());
  }

  public Vocabulary<Skill> skills(InputStream in, String source) {
    SkillsFile file = read(in, source, SkillsFile.class);
    return new Vocabulary<>(source, file.skills() == null ? List.of() : file.skills());
  }

  public Vocabulary<Topic> shippedTopics() {
    return topics(shipped(SHIPPED_TOPICS), SHIPPED_TOPICS);
  }

  public Vocabulary<Skill> shippedSkills() {
    return skills(shipped(SHIPPED_SKILLS), SHIPPED_SKILLS);
  }

  private static InputStream shipped(String resource) {
    InputStream in = VocabularyLoader.class.getResourceAsStream(resource);
    if (in == null) {
      throw new VocabularyException("missing resource " + resource);
    }
    return in;
  }

  private <T> T read(InputStream in, String source, Class<T> type) {
    try (in) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new VocabularyException(source + ": larger than " + MAX_BYTES + " bytes");
      }
      T value = yaml.readValue(bytes, type);
      if (value == null) {
        throw new VocabularyException(source + ": empty file");
      }
      return value;
    } catch (IOException e) {
      throw new VocabularyException(source + ": " + firstLine(e), e);
    } catch (IllegalArgumentException e) {
      throw new VocabularyException(source + ": " + e.getMessage(), e);
    }
  }

  private static String firstLine(Exception e) {
    Throwable cause = e;
    while (cause.getCause() instanceof IllegalArgumentException inner) {
      cause = inner;
    }
    String message = cause.getMessage() == null ? e.toString() : cause.getMessage();
    return message.lines().findFirst().orElse(message);
  }
}
