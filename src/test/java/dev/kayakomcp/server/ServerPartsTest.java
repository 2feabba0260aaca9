package dev.kayakomcp.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small rules of the server layer: HTTP exposure, completion ranking, prompts, messages. */
class ServerPartsTest {

  private static HttpOptions bound(String host, String token) {
    return new HttpOptions(
        host, 0, token, List.of(), List.of(), false, 1024, Duration.ofSeconds(1));
  }

  @Test
  void loopbackNeedsNoTokenButAnythingElseDoes() {
    bound("127.0.0.1", null).check();
    bound("localhost", null).check();
    bound("::1", null).check();
    assertThat(bound("0.0.0.0", null).isLoopback()).isFalse();
    assertThatThrownBy(() -> bound("0.0.0.0", null).check())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KAYAKO_MCP_HTTP_TOKEN");
    assertThatThrownBy(() -> bound("0.0.0.0", "  ").check())
        .as("a blank token is no token")
        .isInstanceOf(IllegalArgumentException.class);
    bound("0.0.0.0", "secret").check();
    assertThatThrownBy(() -> HttpOptions.loopback(70_000).check()).hasMessageContaining("--port");
  }

  @Test
  void completionsRankPrefixMatchesFirstAndIgnoreCase() {
    List<String> names = List.of("Billing", "General Support", "Sales", "Support Escalations");
    assertThat(Completions.match(names, "sup"))
        .containsExactly("Support Escalations", "General Support");
    assertThat(Completions.match(names, "")).containsExactlyElementsOf(names);
    assertThat(Completions.match(names, "zzz")).isEmpty();
  }

  @Test
  void promptsNameToolsAndArguments() {
    KayakoPrompts prompts = new KayakoPrompts();
    assertThat(prompts.prompts())
        .hasSize(4)
        .allSatisfy(p -> assertThat(p.description()).isNotBlank());
    String weekly =
        ((TextContent)
                prompts
                    .get("weekly_report", Map.of("department", "Billing"))
                    .messages()
                    .get(0)
                    .content())
            .text();
    assertThat(weekly)
        .contains("kayako_get_departments")
        .contains("\"Billing\"")
        .contains("kayako_ticket_report")
        .contains("compare=\"previous\"")
        .contains("kayako_needs_attention");
    String triage =
        ((TextContent) prompts.get("triage_queue", null).messages().get(0).content()).text();
    assertThat(triage)
        .contains("all ticket departments")
        .contains("kayako_needs_attention")
        .doesNotContain("department_id=");
    assertThatThrownBy(() -> prompts.get("draft_reply", Map.of("ticket_id", " ")))
        .isInstanceOf(McpError.class)
        .hasMessageContaining("ticket_id");
    assertThatThrownBy(() -> prompts.get("nope", Map.of())).isInstanceOf(McpError.class);
  }

  @Test
  void errorMessagesAreOneShortLine() {
    assertThat(HttpGuard.clean("Boom\n\tat com.example.Foo.bar(Foo.java:1)", "x"))
        .isEqualTo("Boom");
    assertThat(HttpGuard.clean(null, "fallback")).isEqualTo("fallback");
    assertThat(HttpGuard.clean("a".repeat(1000), "x")).hasSizeLessThan(310);
    assertThat(new String(JsonErrorHandler.body(431), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,"
                + "\"message\":\"Request Header Fields Too Large\"}}");
  }
}
