package dev.kayakomcp.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @TempDir Path dir;

  private Config load(Map<String, String> flags, Map<String, String> env) throws ConfigException {
    return new ConfigLoader(flags, env, dir.resolve(".env"))
        .load(Duration.ofSeconds(5), Duration.ofSeconds(7));
  }

  @Test
  void flagsWinOverEnvironmentWhichWinsOverDotEnv() throws Exception {
    Files.writeString(
        dir.resolve(".env"),
        "KAYAKO_API_URL=https://file.example.com/api/index.php\n"
            + "KAYAKO_API_KEY=file-key\nKAYAKO_SECRET_KEY=file-secret\n");
    Config c =
        load(
            Map.of("KAYAKO_API_URL", "https://flag.example.com/api/index.php"),
            Map.of("KAYAKO_API_KEY", "env-key"));
    assertThat(c.apiUrl()).isEqualTo("https://flag.example.com/api/index.php");
    assertThat(c.apiKey().reveal()).isEqualTo("env-key");
    assertThat(c.secretKey().reveal()).isEqualTo("file-secret");
    assertThat(c.readTimeout()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void dotEnvUnderstandsQuotesCommentsAndExport() {
    Map<String, String> vars =
        DotEnv.parse(
            "# comment\nexport KAYAKO_API_KEY=\"abc def\"\nKAYAKO_SECRET_KEY='s#1'\n"
                + "KAYAKO_API_URL=https://x.example.com/api/index.php # the URL\n\nBROKEN\n");
    assertThat(vars)
        .containsEntry("KAYAKO_API_KEY", "abc def")
        .containsEntry("KAYAKO_SECRET_KEY", "s#1")
        .containsEntry("KAYAKO_API_URL", "https://x.example.com/api/index.php")
        .doesNotContainKey("BROKEN");
  }

  @Test
  void missingValuesAreNamedWithWhereToSetThem() {
    assertThatThrownBy(() -> load(Map.of(), Map.of("KAYAKO_API_KEY", "k")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("KAYAKO_API_URL")
        .hasMessageContaining("KAYAKO_SECRET_KEY")
        .hasMessageNotContaining("KAYAKO_API_KEY (")
        .hasMessageContaining("--demo");
  }

  @Test
  void aUrlThatIsNotHttpIsRefused() {
    assertThatThrownBy(
            () ->
                load(
                    Map.of(
                        "KAYAKO_API_URL", "support.example.com",
                        "KAYAKO_API_KEY", "k",
                        "KAYAKO_SECRET_KEY", "s"),
                    Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("http(s) URL");
  }

  @Test
  void secretsNeverShowInStrings() throws Exception {
    Config c =
        load(
            Map.of(
                "KAYAKO_API_URL", "https://x.example.com/api/index.php",
                "KAYAKO_API_KEY", "2f6c1a9e-7b3d-4c55-9e0a-1d2b3c4d5e6f",
                "KAYAKO_SECRET_KEY", "very-secret-value-123"),
            Map.of());
    assertThat(c.toString())
        .doesNotContain("2f6c1a9e-7b3d")
        .doesNotContain("very-secret-value-123");
    assertThat(c.apiKey().hint()).isEqualTo("2f6c…(36 chars)");
  }
}
