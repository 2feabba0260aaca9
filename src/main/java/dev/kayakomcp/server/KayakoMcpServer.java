package dev.kayakomcp.server;

import dev.kayakomcp.tools.ToolContext;
import dev.kayakomcp.tools.ToolRegistry;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/** Builds the MCP server from the tool registry, for any transport. */
public final class KayakoMcpServer {

  /** The longest JSON-RPC line accepted on stdio. */
  public static final int MAX_LINE_BYTES = 4 * 1024 * 1024;

  private KayakoMcpServer() {}

  /**
   * A server on the given streams. {@code in} should already be guarded ({@link StdioGuard}) with
   * {@code out} as its lock; tool input is validated by the tools themselves, which accept numbers
   * sent as strings and the legacy params wrapper that strict schema validation would refuse.
   */
  public static McpSyncServer stdio(
      InputStream in, OutputStream out, ToolRegistry registry, ToolContext context) {
    // Concurrent tool calls must not lose answers (issue 6): see SerializingStdioProvider.
    StdioServerTransportProvider transport =
        new SerializingStdioProvider(McpJsonDefaults.getMapper(), in, out, MAX_LINE_BYTES);
    return McpServer.sync(transport)
        .serverInfo(ServerInfo.NAME, ServerInfo.version())
        .instructions(Instructions.text())
        .capabilities(ServerCapabilities.builder().tools(false).logging().build())
        .validateToolInputs(false)
        .requestTimeout(Duration.ofMinutes(5))
        .tools(registry.specifications(context))
        .build();
  }
}
