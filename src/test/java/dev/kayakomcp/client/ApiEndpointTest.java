package dev.kayakomcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiEndpointTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://support.example.com/api/index.php|https://support.example.com/api/index.php",
        "https://support.example.com/api/index.php?|https://support.example.com/api/index.php",
        "https://support.example.com/api/index.php/|https://support.example.com/api/index.php",
        "https://support.example.com/api/index.php?e=|https://support.example.com/api/index.php",
        "https://support.example.com/api/index.php?e=/|https://support.example.com/api/index.php",
        "https://support.example.com/api/index.php?e=/Tickets/Ticket/5|https://support.example.com/api/index.php",
        "https://support.example.com/api/index.php?/Base/Department|https://support.example.com/api/index.php",
        "https://support.example.com/api/index.php/Tickets/Ticket/5|https://support.example.com/api/index.php",
        "'  https://support.example.com/api/index.php \t'|https://support.example.com/api/index.php",
        "https://support.example.com/api/|https://support.example.com/api/index.php",
        "https://support.example.com/api|https://support.example.com/api/index.php",
        "https://support.example.com/|https://support.example.com/api/index.php",
        "https://support.example.com|https://support.example.com/api/index.php",
        "https://support.example.com/index.php?/Tickets|https://support.example.com/api/index.php",
        "HTTPS://Support.Example.COM/helpdesk/|https://support.example.com/helpdesk/api/index.php",
        "http://127.0.0.1:8080/kayako/api/index.php?e=|http://127.0.0.1:8080/kayako/api/index.php",
        "https://support.example.com/api/index.php#frag|https://support.example.com/api/index.php",
      })
  void normalisesPastedUrls(String pasted, String expected) {
    assertThat(ApiEndpoint.parse(pasted).baseUrl()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://support.example.com/api/index.php",
        "file:///etc/passwd",
        "support.example.com/api/index.php",
        "javascript:alert(1)",
      })
  void rejectsNonHttpUrls(String pasted) {
    assertThatThrownBy(() -> ApiEndpoint.parse(pasted))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https://");
  }

  @Test
  void rejectsEmptyAndCredentialsInUrl() {
    assertThatThrownBy(() -> ApiEndpoint.parse("  ")).hasMessageContaining("empty");
    assertThatThrownBy(() -> ApiEndpoint.parse(null)).hasMessageContaining("empty");
    assertThatThrownBy(() -> ApiEndpoint.parse("https://bob:hunter2@x.example.com/"))
        .hasMessageContaining("user:password@")
        .hasMessageNotContaining("hunter2");
  }

  @Test
  void buildsTheERouteByDefault() {
    ApiEndpoint e = ApiEndpoint.parse("https://support.example.com/api/index.php?");
    assertThat(e.uri("/Tickets/Ticket/1042").toString())
        .isEqualTo("https://support.example.com/api/index.php?e=/Tickets/Ticket/1042");
    assertThat(e.uri("/Base/Department", List.of(Map.entry("signature", "a+b/c="))).toString())
        .isEqualTo(
            "https://support.example.com/api/index.php?e=/Base/Department&signature=a%2Bb%2Fc%3D");
  }

  @Test
  void buildsTheStandardRouteOnRequest() {
    ApiEndpoint e =
        ApiEndpoint.parse("https://support.example.com/", ApiEndpoint.RouteStyle.STANDARD);
    assertThat(e.uri("/Tickets/Ticket/QXV-418-20573", List.of(Map.entry("salt", "abc"))).toString())
        .isEqualTo(
            "https://support.example.com/api/index.php?/Tickets/Ticket/QXV-418-20573&salt=abc");
  }

  @Test
  void routeSegmentsRefuseWhatTheServerRejects() {
    assertThat(ApiEndpoint.route("Tickets", "Ticket", "ListAll", "1,2", -1))
        .isEqualTo("/Tickets/Ticket/ListAll/1,2/-1");
    for (String bad : List.of("pat@example.com", "a/b", "a b", "x=1", "a+b", "", "a&b", "50%")) {
      assertThatThrownBy(() -> ApiEndpoint.route("Tickets", "Ticket", bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
