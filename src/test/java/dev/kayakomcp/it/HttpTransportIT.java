package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.server.HttpMcpServer;
import dev.kayakomcp.server.HttpOptions;
import dev.kayakomcp.server.ServerFeatures;
import dev.kayakomcp.tools.ToolRegistry;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.CompleteRequest;
import io.modelcontextprotocol.spec.McpSchema.CompleteResult;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.LoggingLevel;
import io.modelcontextprotocol.spec.McpSchema.LoggingMessageNotification;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import io.modelcontextprotocol.spec.McpSchema.PromptReference;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.ResourceReference;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The streamable HTTP transport in process, against the emulator: a real MCP client (the Java
 * SDK's) for tools, progress, logging, resources, prompts and completions; raw HTTP for what a
 * client must never see (stack traces) and what a stranger must not get past (token, Origin, Host).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class HttpTransportIT {

  static final String TOKEN = "test-token-0123456789";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final ExecutorService pool = Executors.newFixedThreadPool(8);
  private final HttpClient http = HttpClient.newHttpClient();
  private final List<ProgressNotification> progress = new CopyOnWriteArrayList<>();
  private final List<LoggingMessageNotification> logs = new CopyOnWriteArrayList<>();
  private KayakoEmulator emulator;
  private HttpMcpServer server;
  private McpSyncClient client;

  @BeforeAll
  void start() throws Exception {
    emulator = KayakoEmulator.start(EmulatorOptions.defaults());
    server =
        HttpMcpServer.start(
            HttpOptions.loopback(0).withToken(TOKEN).withMaxRequestBytes(64 * 1024),
            new ServerFeatures(ToolRegistry.standard(), McpSession.context(emulator, pool)));
    client =
        McpClient.sync(
                HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + server.port())
                    .endpoint(HttpMcpServer.MCP_PATH)
                    .requestBuilder(
                        HttpRequest.newBuilder().header("Authorization", "Bearer " + TOKEN))
                    .build())
            .requestTimeout(Duration.ofSeconds(60))
            .progressConsumer(progress::add)
            .loggingConsumer(logs::add)
            .build();
    client.initialize();
  }

  @AfterAll
  void stop() {
    client.closeGracefully();
    server.close();
    emulator.close();
    pool.shutdownNow();
  }

  @Test
  void everyToolIsListedAndAnswersWithStructuredContent() {
    List<String> names = client.listTools().tools().stream().map(McpSchema.Tool::name).toList();
    assertThat(names)
        .containsExactlyElementsOf(
            ToolRegistry.standard().tools().stream().map(t -> t.definition().name()).toList());
    CallToolResult r = client.callTool(new CallToolRequest("kayako_get_departments", Map.of()));
    assertThat(r.isError()).isFalse();
    assertThat(r.structuredContent()).isNotNull();
  }

  @Test
  void progressTokenBringsIncreasingProgressAndLogsFollowTheChosenLevel() throws Exception {
    client.setLoggingLevel(LoggingLevel.DEBUG);
    progress.clear();
    logs.clear();
    CallToolResult r =
        client.callTool(
            CallToolRequest.builder()
                .name("kayako_list_tickets")
                .arguments(Map.of("limit", 5))
                .progressToken("p-1")
                .build());
    assertThat(r.isError()).isFalse();
    waitFor(() -> progress.size() >= 3 && logs.size() >= 2);
    assertThat(progress).allSatisfy(p -> assertThat(p.progressToken()).isEqualTo("p-1"));
    List<Double> values = progress.stream().map(ProgressNotification::progress).toList();
    // The client may hand notifications to its consumer out of order; the server counts up.
    assertThat(values).doesNotHaveDuplicates();
    assertThat(values.stream().mapToDouble(Double::doubleValue).max().orElse(0))
        .isEqualTo(values.size());
    assertThat(logs).anySatisfy(l -> assertThat(l.level()).isEqualTo(LoggingLevel.DEBUG));
    assertThat(logs)
        .anySatisfy(l -> assertThat(l.data()).contains("kayako_list_tickets answered in"));

    client.setLoggingLevel(LoggingLevel.WARNING);
    logs.clear();
    progress.clear();
    client.callTool(new CallToolRequest("kayako_get_departments", Map.of()));
    client.callTool(new CallToolRequest("kayako_get_ticket", Map.of("ticket_id", "NO-SUCH-1")));
    waitFor(() -> !logs.isEmpty());
    assertThat(logs).allSatisfy(l -> assertThat(l.level()).isEqualTo(LoggingLevel.WARNING));
    assertThat(progress).as("no token, no progress").isEmpty();
  }

  @Test
  void resourcesReadAsMarkdownAndCompletionsOfferRecentTickets() {
    assertThat(client.listResources().resources())
        .extracting(McpSchema.Resource::uri)
        .containsExactlyInAnyOrder(
            "kayako://departments", "kayako://statuses", "kayako://queues/needs-attention");
    assertThat(client.listResourceTemplates().resourceTemplates())
        .extracting(McpSchema.ResourceTemplate::uriTemplate)
        .containsExactlyInAnyOrder(
            "kayako://tickets/{ticket_id}",
            "kayako://tickets/{ticket_id}/posts",
            "kayako://departments/{department_id}/unresolved");

    String departments = text(client.readResource(new ReadResourceRequest("kayako://departments")));
    String firstDepartment =
        McpSession.context(emulator, pool).client().departments().stream()
            .filter(d -> d.isTicketDepartment())
            .findFirst()
            .orElseThrow()
            .title();
    assertThat(departments).contains(firstDepartment);

    CompleteResult ids =
        client.completeCompletion(
            new CompleteRequest(
                new ResourceReference("kayako://tickets/{ticket_id}"),
                new CompleteRequest.CompleteArgument("ticket_id", "")));
    assertThat(ids.completion().values()).isNotEmpty();
    String id = ids.completion().values().get(0);
    String ticket = text(client.readResource(new ReadResourceRequest("kayako://tickets/" + id)));
    assertThat(ticket).contains(id);
    String posts =
        text(client.readResource(new ReadResourceRequest("kayako://tickets/" + id + "/posts")));
    assertThat(posts).isNotBlank().isNotEqualTo(ticket);

    assertThatThrownBy(
            () -> client.readResource(new ReadResourceRequest("kayako://tickets/ZZZ-000-00000")))
        .isInstanceOf(McpError.class)
        .satisfies(
            e ->
                assertThat(((McpError) e).getJsonRpcError().code())
                    .isEqualTo(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND));

    String prefix = firstDepartment.substring(0, 2);
    CompleteResult deps =
        client.completeCompletion(
            new CompleteRequest(
                new PromptReference("triage_queue"),
                new CompleteRequest.CompleteArgument("department", prefix)));
    assertThat(deps.completion().values())
        .contains(firstDepartment)
        .allSatisfy(v -> assertThat(v.toLowerCase()).contains(prefix.toLowerCase()));
    CompleteResult tones =
        client.completeCompletion(
            new CompleteRequest(
                new PromptReference("draft_reply"),
                new CompleteRequest.CompleteArgument("tone", "fo")));
    assertThat(tones.completion().values()).containsExactly("formal");
  }

  @Test
  void promptsNameTheToolsToCall() {
    assertThat(client.listPrompts().prompts())
        .extracting(McpSchema.Prompt::name)
        .containsExactlyInAnyOrder(
            "triage_queue", "summarize_ticket", "draft_reply", "weekly_report");
    GetPromptResult draft =
        client.getPrompt(
            new GetPromptRequest(
                "draft_reply", Map.of("ticket_id", "ABC-123-45678", "tone", "formal")));
    String text = ((TextContent) draft.messages().get(0).content()).text();
    assertThat(text)
        .contains("kayako_get_ticket_posts")
        .contains("ticket_id=\"ABC-123-45678\"")
        .contains("formal");
    GetPromptResult triage =
        client.getPrompt(new GetPromptRequest("triage_queue", Map.of("department", "Sales")));
    assertThat(((TextContent) triage.messages().get(0).content()).text())
        .contains("kayako_get_departments")
        .contains("kayako_needs_attention")
        .contains("status_id=\"unresolved\"");
    assertThatThrownBy(() -> client.getPrompt(new GetPromptRequest("summarize_ticket", Map.of())))
        .isInstanceOf(McpError.class)
        .hasMessageContaining("ticket_id");
  }

  @Test
  void badRequestsGetJsonRpcErrorsWithoutStackTraces() throws Exception {
    String init =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
            + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"raw\",\"version\":\"1\"}}}";
    String list = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}";
    String auth = "Bearer " + TOKEN;

    assertError(post(list, "application/json", null, Map.of()), 401, -32600);
    assertError(post(list, "application/json", "Bearer wrong", Map.of()), 401, -32600);
    assertError(post("this is { not json", "application/json", auth, Map.of()), 400, -32700);
    assertError(post("", "application/json", auth, Map.of()), 400, -32700);
    assertError(post("[" + list + "]", "application/json", auth, Map.of()), 400, -32600);
    assertError(post("42", "application/json", auth, Map.of()), 400, -32600);
    assertError(
        post("{\"jsonrpc\":\"1.0\",\"id\":3,\"method\":\"x\"}", "application/json", auth, Map.of()),
        400,
        -32600);
    assertError(post(list, "text/plain", auth, Map.of()), 415, -32600);
    assertError(
        post("{\"x\":\"" + "a".repeat(70_000) + "\"}", "application/json", auth, Map.of()),
        413,
        -32600);
    assertError(
        post(init, "application/json", auth, Map.of("Origin", "http://evil.example")), 403, null);
    assertError(post(init, "application/json", auth, Map.of("Host", "evil.example:80")), 421, null);
    assertError(
        post(list, "application/json", auth, Map.of("Mcp-Session-Id", "no-such-session")),
        404,
        null);
    HttpResponse<String> wrongMethod =
        http.send(
            HttpRequest.newBuilder(server.endpoint())
                .header("Authorization", auth)
                .PUT(HttpRequest.BodyPublishers.ofString(list))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertError(wrongMethod, 405, null);
    HttpResponse<String> elsewhere =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/admin"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertError(elsewhere, 404, null);

    // Refused by Jetty itself, before the servlet: still a JSON-RPC body, not an HTML page.
    assertError(
        post(list, "application/json", auth, Map.of("X-Padding", "a".repeat(20_000))), 431, null);

    HttpResponse<String> ok =
        post(init, "application/json", auth, Map.of("Origin", "http://localhost:6274"));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.headers().firstValue("Mcp-Session-Id")).isPresent();
  }

  @Test
  void healthzAnswersWithoutToken() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + HttpMcpServer.HEALTH_PATH))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(r.body()).get("status").asString()).isEqualTo("ok");
  }

  @Test
  void statelessModeAnswersWithoutSessions() throws Exception {
    try (HttpMcpServer stateless =
        HttpMcpServer.start(
            HttpOptions.loopback(0).withStateless(true),
            new ServerFeatures(ToolRegistry.standard(), McpSession.context(emulator, pool)))) {
      String call =
          "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":"
              + "\"kayako_get_ticket_statuses\",\"arguments\":{}}}";
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(stateless.endpoint())
                  .header("Content-Type", "application/json")
                  .header("Accept", "application/json, text/event-stream")
                  .POST(HttpRequest.BodyPublishers.ofString(call))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Mcp-Session-Id")).isEmpty();
      JsonNode answer = JSON.readTree(r.body());
      assertThat(answer.get("id").asInt()).isEqualTo(7);
      assertThat(answer.get("result").get("isError").asBoolean()).isFalse();
      assertThat(answer.get("result").get("structuredContent")).isNotNull();
      HttpResponse<String> garbage =
          http.send(
              HttpRequest.newBuilder(stateless.endpoint())
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString("{oops"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertError(garbage, 400, -32700);
    }
  }

  private HttpResponse<String> post(
      String body, String contentType, String authorization, Map<String, String> headers)
      throws Exception {
    // java.net.http refuses to set Host; a raw socket request does it for that case.
    if (headers.containsKey("Host")) {
      return RawHttp.post(server.port(), body, contentType, authorization, headers);
    }
    HttpRequest.Builder b =
        HttpRequest.newBuilder(server.endpoint())
            .header("Content-Type", contentType)
            .header("Accept", "application/json, text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    headers.forEach(b::header);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON-RPC error body with this status (and code, when given), and no Java internals. */
  static void assertError(HttpResponse<String> r, int status, Integer code) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertNoJavaInternals(r.body());
    JsonNode body = JSON.readTree(r.body());
    assertThat(body.get("jsonrpc").asString()).isEqualTo("2.0");
    assertThat(body.get("error").get("message").asString()).isNotBlank();
    if (code != null) {
      assertThat(body.get("error").get("code").asInt()).isEqualTo(code);
    }
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
  }

  static void assertNoJavaInternals(String body) {
    assertThat(body)
        .doesNotContain("stackTrace")
        .doesNotContain("\tat ")
        .doesNotContain("Exception")
        .doesNotContain("java.")
        .doesNotContain("jetty")
        .doesNotContain("<html");
  }

  private static String text(McpSchema.ReadResourceResult r) {
    assertThat(r.contents()).hasSize(1);
    TextResourceContents c = (TextResourceContents) r.contents().get(0);
    assertThat(c.mimeType()).isEqualTo("text/markdown");
    return c.text();
  }

  private static void waitFor(java.util.function.BooleanSupplier condition) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < end) {
      Thread.sleep(20);
    }
  }
}
