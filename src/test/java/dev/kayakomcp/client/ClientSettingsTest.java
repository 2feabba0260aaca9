package dev.kayakomcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kayakomcp.config.Secret;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClientSettingsTest {

  @Test
  void defaultsAndMaskedSecrets() {
    ClientSettings s =
        ClientSettings.of(
            "https://support.example.com/", Secret.of("the-api-key-123"), Secret.of("s3cr3t!!"));

    assertThat(s.connectTimeout()).isEqualTo(ClientSettings.DEFAULT_CONNECT_TIMEOUT);
    assertThat(s.lookupTtl()).isEqualTo(ClientSettings.DEFAULT_LOOKUP_TTL);
    assertThat(s.endpoint().baseUrl()).isEqualTo("https://support.example.com/api/index.php");
    assertThat(s.toString()).doesNotContain("the-api-key-123").doesNotContain("s3cr3t!!");
  }

  @Test
  void rejectsBadValuesEarly() {
    assertThatThrownBy(
            () -> ClientSettings.of("ftp://x.example.com", Secret.of("k"), Secret.of("s")))
        .hasMessageContaining("https://");
    assertThatThrownBy(
            () -> ClientSettings.of("https://x.example.com", Secret.of(" "), Secret.of("s")))
        .hasMessageContaining("API key");
    assertThatThrownBy(
            () -> ClientSettings.of("https://x.example.com", Secret.of("k"), Secret.of("")))
        .hasMessageContaining("secret key");
    assertThatThrownBy(
            () ->
                ClientSettings.of("https://x.example.com", Secret.of("k"), Secret.of("s"))
                    .withTimeouts(Duration.ZERO, null))
        .hasMessageContaining("connectTimeout");
  }
}
