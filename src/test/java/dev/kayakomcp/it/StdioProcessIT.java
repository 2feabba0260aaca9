package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The built jar as a child process: what an MCP client launching it really sees. */
@Timeout(120)
class StdioProcessIT {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static Path jar() {
    Path jar = Path.of(System.getProperty("kayako.jar", "target/kayako-mcp-0.1.0.jar"));
    assertThat(jar).as("the packaged jar (run mvn verify)").exists();
    return jar;
  }

  static List<String> javaCommand(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xlog:all=warning:stderr");
    cmd.add("-jar");
    cmd.add(jar().toString());
    cmd.addAll(List.of(args));
    return cmd;
  }

  @Test
  void rawStdioSpeaksOnlyJsonRpcSurvivesBadLinesAndEndsWithStdin() throws Exception {
    Path stderrFile = Files.createTempFile("kayako-mcp-stderr", ".log");
    Process p =
        new ProcessBuilder(javaCommand("--demo")).redirectError(stderrFile.toFile()).start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    OutputStream in = p.getOutputStream();
    List<JsonNode> answers = new ArrayList<>();

    send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}");
    answers.add(JSON.readTree(out.readLine()));
    send(
        in,
        "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}");
    answers.add(JSON.readTree(out.readLine()));
    send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    send(in, "this is not json");
    answers.add(JSON.readTree(out.readLine()));
    send(in, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"no/such/method\"}");
    answers.add(JSON.readTree(out.readLine()));
    send(
        in,
        "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":"
            + "\"kayako_get_departments\",\"arguments\":{}}}");
    answers.add(JSON.readTree(out.readLine()));

    assertThat(answers.get(0).get("error").get("message").asString()).contains("not initialized");
    assertThat(answers.get(1).get("result").get("serverInfo").get("name").asString())
        .isEqualTo("kayako-mcp");
    assertThat(answers.get(2).get("error").get("code").asInt()).isEqualTo(-32700);
    assertThat(answers.get(3).get("id").asInt()).isEqualTo(3);
    assertThat(answers.get(3).has("error")).isTrue();
    JsonNode call = answers.get(4).get("result");
    assertThat(call.get("isError").asBoolean()).isFalse();
    assertThat(call.get("content").get(0).get("text").asString()).contains("# Departments");

    long closedAt = System.nanoTime();
    in.close();
    String rest = readRest(out);
    assertThat(p.waitFor(10, TimeUnit.SECONDS)).as("exits after stdin closes").isTrue();
    long exitMillis = (System.nanoTime() - closedAt) / 1_000_000;
    assertThat(exitMillis).isLessThan(5_000);
    assertThat(p.exitValue()).isZero();
    for (String line : rest.lines().toList()) {
      assertThat(JSON.readTree(line).get("jsonrpc").asString()).isEqualTo("2.0");
    }
    String stderr = Files.readString(stderrFile);
    assertThat(stderr).contains("serving on stdio").doesNotContain("Exception in thread");
  }

  @Test
  void theSdkClientDrivesTheJarOverStdio() {
    List<String> cmd = javaCommand("--demo");
    ServerParameters params =
        ServerParameters.builder(cmd.get(0)).args(cmd.subList(1, cmd.size())).build();
    McpSyncClient client =
        McpClient.sync(new StdioClientTransport(params, McpJsonDefaults.getMapper()))
            .requestTimeout(Duration.ofSeconds(60))
            .build();
    try {
      client.initialize();
      assertThat(client.listTools().tools())
          .hasSize(dev.kayakomcp.tools.ToolRegistry.allTools().size());
      CallToolResult list =
          client.callTool(new CallToolRequest("kayako_list_tickets", Map.of("limit", 3)));
      assertThat(list.isError()).isFalse();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> tickets =
          (List<Map<String, Object>>)
              ((Map<String, Object>) list.structuredContent()).get("tickets");
      assertThat(tickets).hasSize(3);
      String displayId = (String) tickets.get(0).get("display_id");
      CallToolResult one =
          client.callTool(new CallToolRequest("kayako_get_ticket", Map.of("ticket_id", displayId)));
      assertThat(McpSession.text(one)).contains(displayId);
    } finally {
      client.closeGracefully();
    }
  }

  private static void send(OutputStream in, String line) throws Exception {
    in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    in.flush();
  }

  private static String readRest(BufferedReader out) throws Exception {
    StringBuilder sb = new StringBuilder();
    String line;
    while ((line = out.readLine()) != null) {
      sb.append(line).append('\n');
    }
    return sb.toString();
  }
}
