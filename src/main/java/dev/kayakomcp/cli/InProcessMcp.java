package dev.kayakomcp.cli;

import dev.kayakomcp.client.ClientSettings;
import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.config.Secret;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.server.Pipe;
import dev.kayakomcp.server.StdioServer;
import dev.kayakomcp.server.StreamClientTransport;
import dev.kayakomcp.tools.Parallel;
import dev.kayakomcp.tools.ToolContext;
import dev.kayakomcp.tools.ToolRegistry;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonDefaults;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The server with every tool, in this process, on an emulator, and a real MCP client connected to
 * it over in-memory pipes: what the benchmarks measure when they leave process start-up out.
 */
final class InProcessMcp implements AutoCloseable {

  private final ExecutorService pool;
  private final ToolContext context;
  private final StdioServer server;
  private final McpSyncClient client;

  private InProcessMcp(
      ExecutorService pool, ToolContext context, StdioServer server, McpSyncClient client) {
    this.pool = pool;
    this.context = context;
    this.server = server;
    this.client = client;
  }

  /**
   * Starts the server on {@code emulator} and an initialized client whose calls wait {@code
   * timeout}.
   */
  static InProcessMcp start(KayakoEmulator emulator, Duration timeout) {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    KayakoClient kayako =
        new KayakoClient(
            ClientSettings.of(
                emulator.apiUrl(), Secret.of(emulator.apiKey()), Secret.of(emulator.secretKey())));
    ToolContext context = ToolContext.builder(kayako, new Parallel(pool)).build();
    Pipe toServer = new Pipe();
    Pipe toClient = new Pipe();
    StdioServer server =
        new StdioServer(toServer.input(), toClient.output(), ToolRegistry.standard(), context);
    McpSyncClient client =
        McpClient.sync(
                new StreamClientTransport(
                    toClient.input(), toServer.output(), McpJsonDefaults.getMapper()))
            .requestTimeout(timeout)
            .build();
    InProcessMcp mcp = new InProcessMcp(pool, context, server, client);
    try {
      client.initialize();
    } catch (RuntimeException e) {
      mcp.close();
      throw e;
    }
    return mcp;
  }

  ToolContext context() {
    return context;
  }

  McpSyncClient client() {
    return client;
  }

  @Override
  public void close() {
    client.closeGracefully();
    server.close();
    pool.shutdownNow();
  }
}
