package dev.kayakomcp.server;

import dev.kayakomcp.tools.ToolContext;
import dev.kayakomcp.tools.ToolRegistry;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpStatelessServerTransport;
import io.modelcontextprotocol.spec.McpStreamableServerTransportProvider;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/** Builds the MCP server from the tool registry, for any transport. */
public final class KayakoMcpServer {

  /** The longest JSON-RPC line accepted on stdio. */
  public static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

  /** How long one request may run (a wide ListAll on a slow helpdesk takes a while). */
  static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

  private KayakoMcpServer() {}

  /**
   * A server on the given streams. {@code in} should already be guarded ({@link StdioGuard}) with
   * {@code out} as its lock; tool input is validated by the tools themselves, which accept numbers
   * sent as strings and the legacy params wrapper that strict schema validation would refuse.
   */
  public static McpSyncServer stdio(
      InputStream in, OutputStream out, ToolRegistry registry, ToolContext context) {
    return stdio(in, out, new ServerFeatures(registry, context));
  }

  /** A server on the given streams offering {@code features}. */
  public static McpSyncServer stdio(InputStream in, OutputStream out, ServerFeatures features) {
    // Concurrent tool calls must not lose answers (issue 6): see SerializingStdioProvider.
    StdioServerTransportProvider transport =
        new SerializingStdioProvider(McpJsonDefaults.getMapper(), in, out, MAX_LINE_BYTES);
    return live(withFeatures(base(McpServer.sync(transport)), features).build(), features);
  }

  /** A server on the streamable HTTP transport (one session per client). */
  public static McpSyncServer streamable(
      McpStreamableServerTransportProvider transport, ServerFeatures features) {
    return live(withFeatures(base(McpServer.sync(transport)), features).build(), features);
  }

  private static McpSyncServer live(McpSyncServer server, ServerFeatures features) {
    features.live(server);
    return server;
  }

  /** A server on the stateless HTTP transport: same answers, no progress or log messages. */
  public static McpStatelessSyncServer stateless(
      McpStatelessServerTransport transport, ServerFeatures features) {
    return McpServer.sync(transport)
        .serverInfo(ServerInfo.NAME, ServerInfo.version())
        .instructions(Instructions.text(features.context()))
        .capabilities(ServerFeatures.capabilities(false))
        .validateToolInputs(false)
        .requestTimeout(REQUEST_TIMEOUT)
        .tools(features.statelessTools())
        .resources(features.statelessResources())
        .resourceTemplates(features.statelessTemplates())
        .prompts(features.statelessPrompts())
        .completions(features.statelessCompletions())
        .build();
  }

  /**
   * What every kayako-mcp server shares, whatever it offers: name, version, instructions,
   * capabilities, tool input left to the tools, and the request timeout. Test servers start from
   * here too.
   */
  public static <S extends McpServer.SyncSpecification<S>> McpServer.SyncSpecification<S> base(
      McpServer.SyncSpecification<S> spec) {
    return spec.serverInfo(ServerInfo.NAME, ServerInfo.version())
        .instructions(Instructions.text())
        .capabilities(ServerFeatures.capabilities(false))
        .validateToolInputs(false)
        .requestTimeout(REQUEST_TIMEOUT);
  }

  private static <S extends McpServer.SyncSpecification<S>>
      McpServer.SyncSpecification<S> withFeatures(
          McpServer.SyncSpecification<S> spec, ServerFeatures features) {
    // Session transports can push, so they take subscriptions (served by ServerFeatures.live).
    return spec.instructions(Instructions.text(features.context()))
        .capabilities(ServerFeatures.capabilities(true))
        .tools(features.syncTools())
        .resources(features.syncResources())
        .resourceTemplates(features.syncTemplates())
        .prompts(features.syncPrompts())
        .completions(features.syncCompletions());
  }
}
