package dev.kayakomcp.it;

import dev.kayakomcp.server.HttpMcpServer;
import dev.kayakomcp.server.HttpOptions;
import dev.kayakomcp.server.KayakoMcpServer;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpServerFeatures.SyncCompletionSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.AudioContent;
import io.modelcontextprotocol.spec.McpSchema.BlobResourceContents;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.CompleteResult;
import io.modelcontextprotocol.spec.McpSchema.CompleteResult.CompleteCompletion;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.CreateMessageRequest;
import io.modelcontextprotocol.spec.McpSchema.CreateMessageResult;
import io.modelcontextprotocol.spec.McpSchema.ElicitRequest;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import io.modelcontextprotocol.spec.McpSchema.EmbeddedResource;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.ImageContent;
import io.modelcontextprotocol.spec.McpSchema.LoggingLevel;
import io.modelcontextprotocol.spec.McpSchema.LoggingMessageNotification;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import io.modelcontextprotocol.spec.McpSchema.Prompt;
import io.modelcontextprotocol.spec.McpSchema.PromptArgument;
import io.modelcontextprotocol.spec.McpSchema.PromptMessage;
import io.modelcontextprotocol.spec.McpSchema.PromptReference;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.Resource;
import io.modelcontextprotocol.spec.McpSchema.ResourceTemplate;
import io.modelcontextprotocol.spec.McpSchema.Role;
import io.modelcontextprotocol.spec.McpSchema.SamplingMessage;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The conformance suite's fixture tools, resources and prompts ({@code test_simple_text}, {@code
 * test://static-text}, ...) on the product's own server builder ({@link KayakoMcpServer#base}) and
 * hardened HTTP transport ({@link HttpMcpServer}). It exists so the scenarios that need those
 * fixtures can exercise the SDK and the transport as kayako-mcp runs them; the product itself
 * offers none of them. {@code .ci/run} starts it with {@code java -cp ... <port>}.
 */
public final class ConformanceFixtureServer {

  /** A 1x1 PNG. */
  static final String PNG =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";

  /** A tiny WAV header with no samples. */
  static final String WAV = "UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQAAAAA=";

  private ConformanceFixtureServer() {}

  public static void main(String[] args) throws Exception {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    HttpMcpServer server = start(port);
    Runtime.getRuntime().addShutdownHook(new Thread(server::close));
    System.err.println("conformance fixture server at " + server.endpoint());
    server.join();
  }

  static HttpMcpServer start(int port) throws Exception {
    return HttpMcpServer.startStreamable(
        HttpOptions.loopback(port),
        transport ->
            KayakoMcpServer.base(McpServer.sync(transport))
                .capabilities(
                    ServerCapabilities.builder()
                        .tools(false)
                        .resources(true, false)
                        .prompts(false)
                        .completions()
                        .logging()
                        .build())
                .tools(tools())
                .resources(resources())
                .resourceTemplates(templates())
                .prompts(prompts())
                .completions(
                    new SyncCompletionSpecification(
                        new PromptReference("test_prompt_with_arguments"),
                        (exchange, request) ->
                            new CompleteResult(
                                new CompleteCompletion(
                                    List.of("paris", "park", "party"), 3, false))))
                .build());
  }

  private static SyncToolSpecification tool(
      String name,
      Map<String, Object> properties,
      List<String> required,
      BiFunction<McpSyncServerExchange, CallToolRequest, CallToolResult> handler) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("properties", properties);
    schema.put("required", required);
    return SyncToolSpecification.builder()
        .tool(
            Tool.builder()
                .name(name)
                .description("Conformance fixture " + name)
                .inputSchema(
                    new io.modelcontextprotocol.spec.McpSchema.JsonSchema(
                        "object", properties, required, null, null, null))
                .build())
        .callHandler(handler)
        .build();
  }

  private static CallToolResult result(Content... content) {
    return CallToolResult.builder().content(List.of(content)).isError(false).build();
  }

  private static CallToolResult text(String text) {
    return result(new TextContent(text));
  }

  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static List<SyncToolSpecification> tools() {
    Map<String, Object> none = Map.of();
    Map<String, Object> str = Map.of("type", "string");
    return List.of(
        tool(
            "test_simple_text",
            none,
            List.of(),
            (x, r) -> text("This is a simple text response for testing.")),
        tool(
            "test_image_content",
            none,
            List.of(),
            (x, r) -> result(new ImageContent(null, PNG, "image/png"))),
        tool(
            "test_audio_content",
            none,
            List.of(),
            (x, r) -> result(new AudioContent(null, WAV, "audio/wav"))),
        tool(
            "test_embedded_resource",
            none,
            List.of(),
            (x, r) ->
                result(
                    new EmbeddedResource(
                        null,
                        new TextResourceContents(
                            "test://embedded-resource",
                            "text/plain",
                            "This is an embedded resource content.")))),
        tool(
            "test_multiple_content_types",
            none,
            List.of(),
            (x, r) ->
                result(
                    new TextContent("Multiple content types test:"),
                    new ImageContent(null, PNG, "image/png"),
                    new EmbeddedResource(
                        null,
                        new TextResourceContents(
                            "test://mixed-content-resource",
                            "application/json",
                            "{\"test\":\"data\",\"value\":123}")))),
        tool(
            "test_tool_with_logging",
            none,
            List.of(),
            (x, r) -> {
              for (String m :
                  List.of(
                      "Tool execution started",
                      "Tool processing data",
                      "Tool execution completed")) {
                x.loggingNotification(
                    LoggingMessageNotification.builder()
                        .level(LoggingLevel.INFO)
                        .logger("fixture")
                        .data(m)
                        .build());
                pause();
              }
              return text("Tool with logging executed successfully");
            }),
        tool(
            "test_error_handling",
            none,
            List.of(),
            (x, r) ->
                CallToolResult.builder()
                    .content(
                        List.of(
                            new TextContent(
                                "This tool intentionally returns an error for testing")))
                    .isError(true)
                    .build()),
        tool(
            "test_tool_with_progress",
            none,
            List.of(),
            (x, r) -> {
              Object token = r.progressToken();
              for (int p : new int[] {0, 50, 100}) {
                if (token != null) {
                  x.progressNotification(new ProgressNotification(token, p, 100.0, null));
                }
                pause();
              }
              return text("Tool with progress executed successfully");
            }),
        tool(
            "test_sampling",
            Map.of("prompt", str),
            List.of("prompt"),
            (x, r) -> {
              CreateMessageResult answer =
                  x.createMessage(
                      CreateMessageRequest.builder()
                          .messages(
                              List.of(
                                  new SamplingMessage(
                                      Role.USER,
                                      new TextContent(
                                          String.valueOf(r.arguments().get("prompt"))))))
                          .maxTokens(100)
                          .build());
              String said =
                  answer.content() instanceof TextContent t ? t.text() : String.valueOf(answer);
              return text("LLM response: " + said);
            }),
        tool(
            "test_elicitation",
            Map.of("message", str),
            List.of("message"),
            (x, r) ->
                elicit(
                    x,
                    String.valueOf(r.arguments().get("message")),
                    Map.of(
                        "type", "object",
                        "properties",
                            Map.of(
                                "username",
                                Map.of("type", "string", "description", "User's response"),
                                "email",
                                Map.of("type", "string", "description", "User's email address")),
                        "required", List.of("username", "email")),
                    "User response: ")),
        tool(
            "test_elicitation_sep1034_defaults",
            none,
            List.of(),
            (x, r) ->
                elicit(
                    x,
                    "Please review and update the form fields with defaults",
                    Map.of(
                        "type",
                        "object",
                        "properties",
                        Map.of(
                            "name", Map.of("type", "string", "default", "John Doe"),
                            "age", Map.of("type", "integer", "default", 30),
                            "score", Map.of("type", "number", "default", 95.5),
                            "status",
                                Map.of(
                                    "type",
                                    "string",
                                    "enum",
                                    List.of("active", "inactive", "pending"),
                                    "default",
                                    "active"),
                            "verified", Map.of("type", "boolean", "default", true))),
                    "Elicitation completed: ")),
        tool(
            "test_elicitation_sep1330_enums",
            none,
            List.of(),
            (x, r) ->
                elicit(
                    x,
                    "Please select options from the enum fields",
                    Map.of(
                        "type",
                        "object",
                        "properties",
                        Map.of(
                            "untitledSingle",
                                Map.of(
                                    "type",
                                    "string",
                                    "enum",
                                    List.of("option1", "option2", "option3")),
                            "titledSingle",
                                Map.of(
                                    "type",
                                    "string",
                                    "oneOf",
                                    List.of(
                                        Map.of("const", "value1", "title", "First Option"),
                                        Map.of("const", "value2", "title", "Second Option"),
                                        Map.of("const", "value3", "title", "Third Option"))),
                            "legacyEnum",
                                Map.of(
                                    "type",
                                    "string",
                                    "enum",
                                    List.of("opt1", "opt2", "opt3"),
                                    "enumNames",
                                    List.of("Option One", "Option Two", "Option Three")),
                            "untitledMulti",
                                Map.of(
                                    "type",
                                    "array",
                                    "items",
                                    Map.of(
                                        "type",
                                        "string",
                                        "enum",
                                        List.of("option1", "option2", "option3"))),
                            "titledMulti",
                                Map.of(
                                    "type",
                                    "array",
                                    "items",
                                    Map.of(
                                        "anyOf",
                                        List.of(
                                            Map.of("const", "value1", "title", "First Choice"),
                                            Map.of("const", "value2", "title", "Second Choice"),
                                            Map.of("const", "value3", "title", "Third Choice")))))),
                    "Elicitation completed: ")));
  }

  private static CallToolResult elicit(
      McpSyncServerExchange x, String message, Map<String, Object> schema, String prefix) {
    ElicitResult answer = x.createElicitation(ElicitRequest.builder(message, schema).build());
    return text(prefix + "action=" + answer.action() + ", content=" + answer.content());
  }

  static List<SyncResourceSpecification> resources() {
    return List.of(
        new SyncResourceSpecification(
            Resource.builder()
                .uri("test://static-text")
                .name("static-text")
                .description("Static text")
                .mimeType("text/plain")
                .build(),
            (x, r) ->
                new ReadResourceResult(
                    List.of(
                        new TextResourceContents(
                            "test://static-text",
                            "text/plain",
                            "This is the content of the static text resource.")))),
        new SyncResourceSpecification(
            Resource.builder()
                .uri("test://static-binary")
                .name("static-binary")
                .description("Static binary")
                .mimeType("image/png")
                .build(),
            (x, r) ->
                new ReadResourceResult(
                    List.of(new BlobResourceContents("test://static-binary", "image/png", PNG)))),
        new SyncResourceSpecification(
            Resource.builder()
                .uri("test://watched-resource")
                .name("watched-resource")
                .description("A resource to subscribe to")
                .mimeType("text/plain")
                .build(),
            (x, r) ->
                new ReadResourceResult(
                    List.of(
                        new TextResourceContents(
                            "test://watched-resource",
                            "text/plain",
                            "Watched resource content.")))));
  }

  static List<SyncResourceTemplateSpecification> templates() {
    return List.of(
        new SyncResourceTemplateSpecification(
            ResourceTemplate.builder()
                .uriTemplate("test://template/{id}/data")
                .name("template")
                .description("Template with an id")
                .mimeType("application/json")
                .build(),
            (x, r) -> {
              String id = r.uri().replaceAll("^test://template/([^/]+)/data$", "$1");
              return new ReadResourceResult(
                  List.of(
                      new TextResourceContents(
                          r.uri(),
                          "application/json",
                          "{\"id\":\""
                              + id
                              + "\",\"templateTest\":true,\"data\":\"Data for ID: "
                              + id
                              + "\"}")));
            }));
  }

  static List<SyncPromptSpecification> prompts() {
    return List.of(
        new SyncPromptSpecification(
            new Prompt("test_simple_prompt", "A simple prompt", List.of()),
            (x, r) ->
                new GetPromptResult(
                    null,
                    List.of(
                        new PromptMessage(
                            Role.USER, new TextContent("This is a simple prompt for testing."))))),
        new SyncPromptSpecification(
            new Prompt(
                "test_prompt_with_arguments",
                "A prompt with arguments",
                List.of(
                    new PromptArgument("arg1", "First test argument", true),
                    new PromptArgument("arg2", "Second test argument", true))),
            (x, r) ->
                new GetPromptResult(
                    null,
                    List.of(
                        new PromptMessage(
                            Role.USER,
                            new TextContent(
                                "Prompt with arguments: arg1='"
                                    + r.arguments().get("arg1")
                                    + "', arg2='"
                                    + r.arguments().get("arg2")
                                    + "'"))))),
        new SyncPromptSpecification(
            new Prompt(
                "test_prompt_with_embedded_resource",
                "A prompt with an embedded resource",
                List.of(new PromptArgument("resourceUri", "URI of the resource to embed", true))),
            (x, r) ->
                new GetPromptResult(
                    null,
                    List.of(
                        new PromptMessage(
                            Role.USER,
                            new EmbeddedResource(
                                null,
                                new TextResourceContents(
                                    String.valueOf(r.arguments().get("resourceUri")),
                                    "text/plain",
                                    "Embedded resource content for testing."))),
                        new PromptMessage(
                            Role.USER,
                            new TextContent("Please process the embedded resource above."))))),
        new SyncPromptSpecification(
            new Prompt("test_prompt_with_image", "A prompt with an image", List.of()),
            (x, r) ->
                new GetPromptResult(
                    null,
                    List.of(
                        new PromptMessage(Role.USER, new ImageContent(null, PNG, "image/png")),
                        new PromptMessage(
                            Role.USER, new TextContent("Please analyze the image above."))))));
  }
}
