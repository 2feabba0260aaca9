package dev.kayakomcp.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RedactionTest {

  @Test
  void dropsAuthParametersFromUrls() {
    assertThat(
            Redaction.url(
                "https://h/api/index.php?e=/Tickets/Ticket/1&apikey=K&salt=S&signature=a%2Bb&x=1"))
        .isEqualTo("https://h/api/index.php?e=/Tickets/Ticket/1&x=1");
    assertThat(Redaction.url("https://h/api/index.php?/Base/Staff&APIKEY=K"))
        .isEqualTo("https://h/api/index.php?/Base/Staff");
    assertThat(Redaction.url("https://h/")).isEqualTo("https://h/");
  }

  @Test
  void scrubsRawAndEncodedSecrets() {
    String sig = "k2zsEC5TUNiL47wONMQEs4PzPqHHf+4kMWbwHwnzbaY=";
    assertThat(
            Redaction.scrub(
                "echo: " + sig + " and k2zsEC5TUNiL47wONMQEs4PzPqHHf%2B4kMWbwHwnzbaY%3D",
                List.of(sig)))
        .isEqualTo("echo: **** and ****");
    assertThat(Redaction.scrub("abc", List.of("ab"))).isEqualTo("abc");
  }
}
