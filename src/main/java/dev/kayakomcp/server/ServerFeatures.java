package dev.kayakomcp.server;

import dev.kayakomcp.live.LivePoller;
import dev.kayakomcp.tools.KayakoTool;
import dev.kayakomcp.tools.ToolContext;
import dev.kayakomcp.tools.ToolInvoker;
import dev.kayakomcp.tools.ToolRegistry;
import io.modelcontextprotocol.server.McpServerFeatures;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.LoggingLevel;
import io.modelcontextprotocol.spec.McpSchema.ResourcesUpdatedNotification;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything the server offers — the (filtered) tools, resources, prompts and completions — built
 * once and handed to any transport: the session-based ones (stdio, streamable HTTP) get progress
 * and log notifications through the exchange, and resource subscriptions served by one {@link
 * LivePoller} per server; stateless HTTP gets the same answers without them.
 */
public final class ServerFeatures {

  private final ToolRegistry registry;
  private final ToolContext context;
  private final KayakoResources resources;
  private final KayakoPrompts prompts;
  private final Completions completions;
  private final Duration pollInterval;
  private final List<LivePoller> pollers = new CopyOnWriteArrayList<>();

  /** How often the live-update poller reads Kayako unless configured otherwise. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(30);

  /** What the tools use; the instructions read the lookup tables through it. */
  public ToolContext context() {
    return context;
  }

  /**
   * @param registry the tools to expose, already filtered: a tool not in it is neither listed nor
   *     callable
   * @param context what the tools use
   */
  public ServerFeatures(ToolRegistry registry, ToolContext context) {
    this(registry, context, DEFAULT_POLL_INTERVAL);
  }

  /** Features whose subscriptions are polled every {@code pollInterval}. */
  public ServerFeatures(ToolRegistry registry, ToolContext context, Duration pollInterval) {
    this.registry = registry;
    this.context = context;
    this.pollInterval = pollInterval;
    this.resources = new KayakoResources(context);
    this.prompts = new KayakoPrompts();
    this.completions = new Completions(context);
  }

  public ToolRegistry registry() {
    return registry;
  }

  /**
   * Makes {@code server} push {@code notifications/resources/updated}: one poller for all of its
   * sessions, running while any session is subscribed to something that can change.
   */
  LivePoller live(McpSyncServer server) {
    LivePoller poller =
        new LivePoller(
            context,
            pollInterval,
            uri -> server.notifyResourcesUpdated(new ResourcesUpdatedNotification(uri)));
    SubscriptionTable.install(server, poller::subscribed);
    pollers.add(poller);
    return poller;
  }

  /** The pollers of the servers built from these features (benchmarks and tests read them). */
  public List<LivePoller> pollers() {
    return List.copyOf(pollers);
  }

  /** Stops every poller. */
  void closeLive() {
    pollers.forEach(LivePoller::close);
  }

  /**
   * What the server declares; {@code subscribe} only where notifications can reach a session (not
   * stateless HTTP).
   */
  static ServerCapabilities capabilities(boolean subscribe) {
    return ServerCapabilities.builder()
        .tools(false)
        .resources(subscribe, false)
        .prompts(false)
        .completions()
        .logging()
        .build();
  }

  /**
   * Runs one tool call, telling the client how it goes: progress steps when it passed a token; the
   * start and the answer as debug log messages (the SDK's default level, info, keeps them quiet
   * until the client asks for debug) and a failure as a warning.
   */
  CallToolResult call(KayakoTool tool, CallToolRequest request, ClientChannel channel) {
    String name = tool.definition().name();
    channel.log(LoggingLevel.DEBUG, "calling " + name);
    long started = System.nanoTime();
    var progress = channel.progress(request.progressToken());
    CallToolResult result =
        ToolInvoker.invoke(
            tool,
            request.arguments(),
            context.withProgress(progress).withConfirmer(channel.confirmer()));
    long ms = (System.nanoTime() - started) / 1_000_000;
    if (Boolean.TRUE.equals(result.isError())) {
      channel.log(LoggingLevel.WARNING, name + " failed after " + ms + " ms: " + firstLine(result));
    } else {
      progress.step("answer ready");
      channel.log(LoggingLevel.DEBUG, name + " answered in " + ms + " ms");
    }
    return result;
  }

  private static String firstLine(CallToolResult result) {
    for (Content c : result.content()) {
      if (c instanceof TextContent t) {
        String text = t.text().strip();
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
      }
    }
    return "";
  }

  // ---- session transports (stdio, streamable HTTP) ----

  List<McpServerFeatures.SyncToolSpecification> syncTools() {
    return registry.tools().stream()
        .map(
            t ->
                McpServerFeatures.SyncToolSpecification.builder()
                    .tool(ToolRegistry.describe(t.definition()))
                    .callHandler(
                        (exchange, request) -> call(t, request, ClientChannel.of(exchange)))
                    .build())
        .toList();
  }

  List<McpServerFeatures.SyncResourceSpecification> syncResources() {
    return resources.resources().stream()
        .map(
            r ->
                new McpServerFeatures.SyncResourceSpecification(
                    r, (exchange, request) -> resources.read(request.uri())))
        .toList();
  }

  List<McpServerFeatures.SyncResourceTemplateSpecification> syncTemplates() {
    return resources.templates().stream()
        .map(
            r ->
                new McpServerFeatures.SyncResourceTemplateSpecification(
                    r, (exchange, request) -> resources.read(request.uri())))
        .toList();
  }

  List<McpServerFeatures.SyncPromptSpecification> syncPrompts() {
    return prompts.prompts().stream()
        .map(
            p ->
                new McpServerFeatures.SyncPromptSpecification(
                    p, (exchange, request) -> prompts.get(request.name(), request.arguments())))
        .toList();
  }

  List<McpServerFeatures.SyncCompletionSpecification> syncCompletions() {
    return Completions.references().stream()
        .map(
            r ->
                new McpServerFeatures.SyncCompletionSpecification(
                    r, (exchange, request) -> completions.complete(request)))
        .toList();
  }

  // ---- stateless HTTP ----

  List<McpStatelessServerFeatures.SyncToolSpecification> statelessTools() {
    return registry.tools().stream()
        .map(
            t ->
                new McpStatelessServerFeatures.SyncToolSpecification(
                    ToolRegistry.describe(t.definition()),
                    (transportContext, request) -> call(t, request, ClientChannel.NONE)))
        .toList();
  }

  List<McpStatelessServerFeatures.SyncResourceSpecification> statelessResources() {
    return resources.resources().stream()
        .map(
            r ->
                new McpStatelessServerFeatures.SyncResourceSpecification(
                    r, (transportContext, request) -> resources.read(request.uri())))
        .toList();
  }

  List<McpStatelessServerFeatures.SyncResourceTemplateSpecification> statelessTemplates() {
    return resources.templates().stream()
        .map(
            r ->
                new McpStatelessServerFeatures.SyncResourceTemplateSpecification(
                    r, (transportContext, request) -> resources.read(request.uri())))
        .toList();
  }

  List<McpStatelessServerFeatures.SyncPromptSpecification> statelessPrompts() {
    return prompts.prompts().stream()
        .map(
            p ->
                new McpStatelessServerFeatures.SyncPromptSpecification(
                    p,
                    (transportContext, request) ->
                        prompts.get(request.name(), request.arguments())))
        .toList();
  }

  List<McpStatelessServerFeatures.SyncCompletionSpecification> statelessCompletions() {
    return Completions.references().stream()
        .map(
            r ->
                new McpStatelessServerFeatures.SyncCompletionSpecification(
                    r, (transportContext, request) -> completions.complete(request)))
        .toList();
  }
}
