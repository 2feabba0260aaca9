package dev.kayakomcp.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class StdioGuardTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ByteArrayOutputStream answers = new ByteArrayOutputStream();

  private String passedThrough(String input, int maxLine) throws IOException {
    StdioGuard guard =
        new StdioGuard(
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), answers, maxLine);
    String passed = new String(guard.readAllBytes(), StandardCharsets.UTF_8);
    assertThat(guard.closed().getCount()).isZero();
    return passed;
  }

  private List<JsonNode> answers() {
    return answers.toString(StandardCharsets.UTF_8).lines().map(JSON::readTree).toList();
  }

  @Test
  void goodMessagesPassUnchangedAndBadOnesAreAnswered() throws IOException {
    String init = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}";
    String initialized = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
    String list = "{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"tools/list\"}";
    String passed =
        passedThrough(
            init + "\n{not json\n\n" + initialized + "\n[1,2]\n\"text\"\n" + list + "\n", 10_000);
    assertThat(passed).isEqualTo(init + "\n" + initialized + "\n" + list + "\n");
    List<JsonNode> errors = answers();
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0).get("error").get("code").asInt()).isEqualTo(-32700);
    assertThat(errors.get(0).get("id").isNull()).isTrue();
    assertThat(errors.get(1).get("error").get("message").asString()).contains("batches");
    assertThat(errors.get(2).get("error").get("code").asInt()).isEqualTo(-32600);
  }

  @Test
  void requestsBeforeInitializedAreRefusedWithTheirId() throws IOException {
    String passed =
        passedThrough(
            "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/list\"}\n"
                + "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"ping\"}\n",
            10_000);
    assertThat(passed).contains("\"ping\"").doesNotContain("tools/list");
    JsonNode error = answers().get(0);
    assertThat(error.get("id").asInt()).isEqualTo(7);
    assertThat(error.get("error").get("message").asString()).contains("notifications/initialized");
  }

  @Test
  void invalidEnvelopesAreAnswered() throws IOException {
    passedThrough(
        "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"x\"}\n"
            + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":5}\n"
            + "{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"x\"}\n"
            + "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"x\",\"params\":\"str\"}\n",
        10_000);
    List<JsonNode> errors = answers();
    assertThat(errors).hasSize(4).allMatch(e -> e.get("error").get("code").asInt() == -32600);
    assertThat(errors.get(0).get("id").asInt()).isEqualTo(1);
    assertThat(errors.get(2).get("id").isNull()).isTrue();
  }

  @Test
  void anOversizedLineIsRefusedAndTheNextOneStillPasses() throws IOException {
    String ping = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
    String passed = passedThrough("{\"x\":\"" + "a".repeat(500) + "\"}\n" + ping + "\n", 100);
    assertThat(passed).isEqualTo(ping + "\n");
    assertThat(answers().get(0).get("error").get("message").asString()).contains("too large");
  }

  @Test
  void aLastLineWithoutNewlineStillPasses() throws IOException {
    String ping = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
    assertThat(passedThrough(ping, 10_000)).isEqualTo(ping + "\n");
  }

  @Test
  void anOversizedRequestIsRefusedWithItsOwnId() throws IOException {
    String big = "a".repeat(500);
    passedThrough(
        "{\"jsonrpc\":\"2.0\",\"params\":{\"id\":99,\"t\":\"x\"},\"id\":41,\"method\":\"x\",\"p\":\""
            + big
            + "\"}\n"
            + "{\"jsonrpc\":\"2.0\",\"id\":\"req-7\",\"method\":\"x\",\"p\":\""
            + big
            + "\"}\n"
            + "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"p\":\""
            + big
            + "\",\"id\":5}\n",
        200);
    List<JsonNode> errors = answers();
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0).get("id").asInt()).isEqualTo(41);
    assertThat(errors.get(1).get("id").asString()).isEqualTo("req-7");
    // The id stands beyond the part that was kept: no id is better than a wrong one.
    assertThat(errors.get(2).get("id").isNull()).isTrue();
    assertThat(errors)
        .allMatch(e -> e.get("error").get("message").asString().contains("too large"));
  }
}
