package dev.kayakomcp.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a user pastes as the Kayako URL, parsing gives an endpoint or an {@link
 * IllegalArgumentException} with a message; an endpoint always builds valid request URIs.
 */
class ApiEndpointPropertiesTest {

  @Property(tries = 1000)
  void anyStringIsAnEndpointOrAClearRefusal(@ForAll String pasted) {
    check(pasted);
  }

  @Property(tries = 1000)
  void urlLikeStringsAreAnEndpointOrAClearRefusal(@ForAll("urlish") String pasted) {
    check(pasted);
  }

  @Provide
  Arbitrary<String> urlish() {
    Arbitrary<String> piece =
        Arbitraries.of(
            "http://",
            "https://",
            "HTTPS://",
            "ftp://",
            "//",
            "support.example.com",
            "127.0.0.1",
            "[::1]",
            ":8080",
            ":99999",
            ":",
            "/",
            "/api",
            "/index.php",
            "/api/index.php",
            "?",
            "?e=",
            "?/Tickets",
            "&",
            "#frag",
            "%",
            "%2F",
            " ",
            "\t",
            "user:pw@",
            "é",
            "..",
            "\\");
    return piece.list().ofMaxSize(10).map(l -> String.join("", l));
  }

  private static void check(String pasted) {
    for (ApiEndpoint.RouteStyle style : ApiEndpoint.RouteStyle.values()) {
      ApiEndpoint endpoint;
      try {
        endpoint = ApiEndpoint.parse(pasted, style);
      } catch (IllegalArgumentException e) {
        assertThat(e.getMessage()).isNotBlank();
        continue;
      }
      assertThat(endpoint.baseUrl()).isNotBlank();
      assertThat(endpoint.uri("/Tickets/Ticket/1").getHost()).isNotNull();
      assertThat(
              endpoint.uri("/Base/Department", List.of(Map.entry("salt", "a+b/c=d&e"))).toString())
          .contains("salt=");
    }
  }
}
