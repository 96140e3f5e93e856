package dev.keepup.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keepup.api.digest.DigestSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  private final ConfigLoader loader = new ConfigLoader();

  @Test
  void shippedDefaultsUseTheEmbeddedGraphOnLoopback() {
    KeepupConfig config = loader.load(null, Map.of());

    assertThat(config.graph().embedded()).isTrue();
    assertThat(config.http().port()).isEqualTo(8080);
    assertThat(config.http().loopbackOnly()).isTrue();
    assertThat(config.dataDir()).isEqualTo(Path.of("data"));
  }

  @Test
  void aFileOverridesKeyByKeyAndTheEnvironmentOverridesTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, "http:\n  port: 9000\ngraph:\n  page-cache-mb: 64\n");

    KeepupConfig config = loader.load(file, Map.of("KEEPUP_HTTP_PORT", "9100", "KEEPUP_DATA_DIR", "/tmp/k"));

    assertThat(config.http().port()).isEqualTo(9100);
    assertThat(config.http().host()).isEqualTo("127.0.0.1");
    assertThat(config.graph().pageCacheMb()).isEqualTo(64);
    assertThat(config.dataDir()).isEqualTo(Path.of("/tmp/k"));
  }

  @Test
  void aBadValueNamesItsKey(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "http:\n  port: 70000\n");

    assertThatThrownBy(() -> loader.load(file, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage("config: http.port must be between 0 and 65535, got 70000");
  }

  @Test
  void anUnknownKeyOrAWrongTypeIsRefused(@TempDir Path dir) throws Exception {
    Path typo = dir.resolve("typo.yaml");
    Files.writeString(typo, "http:\n  prot: 9000\n");
    Path wrongType = dir.resolve("type.yaml");
    Files.writeString(wrongType, "http:\n  port: lots\n");

    assertThatThrownBy(() -> loader.load(typo, Map.of())).hasMessage("config: unknown key 'http.prot'");
    assertThatThrownBy(() -> loader.load(wrongType, Map.of())).hasMessageStartingWith("config: http.port");
  }

  @Test
  void digestDeliveryIsSetInTheFileWithSecretsFromTheEnvironmentAndNeverPrinted(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mail.yaml");
    Files.writeString(file, "digest:\n  base-url: https://keepup.example.org\nsmtp:\n  host: mail.example.org\n  user: me\n  from: digests@example.org\n");

    KeepupConfig config = loader.load(file, Map.of("KEEPUP_SMTP_PASSWORD", "hunter22", "KEEPUP_SMTP_STARTTLS_REQUIRED", "false",
        "KEEPUP_WEBHOOK_SECRET", "0123456789abcdef-secret"));
    DigestSettings settings = DigestSettings.from(config);

    assertThat(settings.baseUrl()).isEqualTo("https://keepup.example.org");
    assertThat(settings.smtp()).isEqualTo(new KeepupConfig.Smtp("mail.example.org", 587, "me", "hunter22", "digests@example.org", false));
    assertThat(settings.webhookSecret()).isEqualTo("0123456789abcdef-secret");
    assertThat(settings.maxAttempts()).isEqualTo(12);
    assertThat(config.toString()).doesNotContain("hunter22", "0123456789abcdef-secret");
  }

  @Test
  void withoutAnSmtpHostOrSecretThoseDeliveriesAreOffAndBadValuesNameTheirKey(@TempDir Path dir) throws Exception {
    DigestSettings defaults = DigestSettings.from(loader.load(null, Map.of()));
    Path shortSecret = dir.resolve("secret.yaml");
    Files.writeString(shortSecret, "webhook:\n  secret: short\n");

    assertThat(defaults.smtp()).isNull();
    assertThat(defaults.webhookSecret()).isNull();
    assertThatThrownBy(() -> loader.load(shortSecret, Map.of())).hasMessage("config: webhook.secret must be at least 16 characters");
    assertThatThrownBy(() -> loader.load(null, Map.of("KEEPUP_SMTP_PORT", "0"))).hasMessage("config: smtp.port must be between 1 and 65535, got 0");
    assertThatThrownBy(() -> loader.load(null, Map.of("KEEPUP_DIGEST_BASE_URL", "ftp://x"))).hasMessageStartingWith("config: digest.base-url must be");
  }

  @Test
  void anExternalGraphNeedsAPasswordWhichIsNeverPrinted() {
    assertThatThrownBy(() -> loader.load(null, Map.of("KEEPUP_GRAPH_URI", "neo4j://db.example.org")))
        .hasMessageStartingWith("config: graph.password is needed");

    KeepupConfig config = loader.load(null, Map.of("KEEPUP_GRAPH_URI", "neo4j+s://db.example.org", "KEEPUP_GRAPH_PASSWORD", "s3cret"));
    assertThat(config.graph().toString()).doesNotContain("s3cret").contains("****");
    assertThatThrownBy(() -> loader.load(null, Map.of("KEEPUP_GRAPH_URI", "http://db")))
        .hasMessageStartingWith("config: graph.uri must be");
  }
}
