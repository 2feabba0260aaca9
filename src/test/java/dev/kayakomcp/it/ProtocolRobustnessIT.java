package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jar as a child process fed hostile JSON-RPC: an oversized request, unknown methods, a batch,
 * broken envelopes, a premature request, bad tool calls. Each gets a JSON-RPC error (or, for a
 * tool, an error result), stdout stays pure JSON-RPC, and the server keeps serving.
 */
@Timeout(120)
class ProtocolRobustnessIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void hostileRequestsAreAnsweredAndTheServerStaysUp() throws Exception {
    Path stderrFile = Files.createTempFile("kayako-mcp-protocol", ".log");
    Process p =
        new ProcessBuilder(StdioProcessIT.javaCommand("--demo"))
            .redirectError(stderrFile.toFile())
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    OutputStream in = p.getOutputStream();
    try {
      send(
          in,
          "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
              + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"p\",\"version\":\"1\"}}}");
      assertThat(JSON.readTree(out.readLine()).get("result")).isNotNull();
      // Before "initialized": refused with its id.
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
      JsonNode early = JSON.readTree(out.readLine());
      assertThat(early.get("id").asInt()).isEqualTo(2);
      assertThat(early.get("error").get("message").asString()).contains("not initialized");
      send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");

      // An oversized request (5 MB on one line) is refused; the next line still works.
      String big =
          "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"x\","
              + "\"arguments\":{\"q\":\""
              + "a".repeat(5 * 1024 * 1024)
              + "\"}}}";
      send(in, big);
      JsonNode tooLarge = JSON.readTree(out.readLine());
      assertThat(tooLarge.get("error").get("code").asInt()).isEqualTo(-32600);
      assertThat(tooLarge.get("error").get("message").asString()).contains("too large");

      send(in, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"no/such/method\",\"params\":{}}");
      send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/no_such_thing\"}");
      send(in, "[{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/list\"}]");
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":6}");
      send(in, "{\"id\":7,\"method\":\"tools/list\"}");
      send(
          in,
          "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"tools/call\",\"params\":{\"name\":"
              + "\"kayako_no_such_tool\",\"arguments\":{}}}");
      send(
          in,
          "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":{\"name\":"
              + "\"kayako_get_ticket\",\"arguments\":{\"ticket_id\":[[null]]}}}");
      send(
          in,
          "{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"tools/call\",\"params\":{\"name\":"
              + "\"kayako_list_tickets\",\"arguments\":{\"limit\":\"many\"}}}");
      send(in, "\u0000\u0001garbage\u00ff");
      send(in, "{\"jsonrpc\":\"2.0\",\"id\":\"last\",\"method\":\"tools/list\"}");

      Map<String, JsonNode> byId = new HashMap<>();
      List<JsonNode> withoutId = new ArrayList<>();
      // Tool calls run concurrently, so answers may come in any order.
      while (!byId.keySet().containsAll(List.of("4", "8", "9", "10", "last"))) {
        String line = out.readLine();
        assertThat(line).as("the server is still answering").isNotNull();
        JsonNode answer = JSON.readTree(line);
        assertThat(answer.get("jsonrpc").asString()).isEqualTo("2.0");
        JsonNode id = answer.get("id");
        if (id == null || id.isNull()) {
          withoutId.add(answer);
        } else {
          byId.put(id.asString(), answer);
        }
      }

      assertThat(byId.get("4").get("error").get("code").asInt()).isEqualTo(-32601);
      assertThat(errorOrToolError(byId, "8")).isTrue();
      assertThat(errorOrToolError(byId, "9")).isTrue();
      assertThat(byId.get("10").get("result").get("isError").asBoolean()).isTrue();
      assertThat(byId.get("10").get("result").toString()).contains("limit");
      assertThat(byId.get("last").get("result").get("tools").size()).isGreaterThan(0);
      // The batch, the two broken envelopes and the garbage line: each answered with an error.
      int answeredErrors = withoutId.size();
      for (String id : List.of("5", "6", "7")) {
        if (byId.containsKey(id)) {
          assertThat(byId.get(id).get("error")).as("answer to " + id).isNotNull();
          answeredErrors++;
        }
      }
      assertThat(answeredErrors).as(byId.keySet() + " " + withoutId).isGreaterThanOrEqualTo(4);
    } finally {
      in.close();
      assertThat(p.waitFor(15, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(Files.readString(stderrFile)).doesNotContain("Exception in thread");
  }

  private static boolean errorOrToolError(Map<String, JsonNode> byId, String id) {
    JsonNode a = byId.get(id);
    assertThat(a).as("answer to " + id).isNotNull();
    return a.get("error") != null
        || (a.get("result") != null && a.get("result").get("isError").asBoolean());
  }

  private static void send(OutputStream in, String line) throws Exception {
    in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }
}
