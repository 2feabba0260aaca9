package dev.kayakomcp.server;

import dev.kayakomcp.tools.ToolContext;
import dev.kayakomcp.tools.ToolRegistry;
import io.modelcontextprotocol.server.McpSyncServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Serves MCP on a pair of streams until the input ends, then shuts down promptly. */
public final class StdioServer {

  private static final Logger LOG = LoggerFactory.getLogger(StdioServer.class);

  private final StdioGuard guard;
  private final McpSyncServer server;
  private final ServerFeatures features;

  public StdioServer(InputStream in, OutputStream out, ToolRegistry registry, ToolContext context) {
    this(in, out, new ServerFeatures(registry, context));
  }

  public StdioServer(InputStream in, OutputStream out, ServerFeatures features) {
    this.guard = new StdioGuard(in, out, KayakoMcpServer.MAX_LINE_BYTES);
    this.server = KayakoMcpServer.stdio(guard, out, features);
    this.features = features;
  }

  /** Blocks until the client closes the input stream. */
  public void awaitInputClosed() throws InterruptedException {
    guard.closed().await();
  }

  /** Blocks until the input closes or the timeout passes; true when it closed. */
  public boolean awaitInputClosed(long timeout, TimeUnit unit) throws InterruptedException {
    return guard.closed().await(timeout, unit);
  }

  public void close() {
    features.closeLive();
    try {
      server.closeGracefully();
    } catch (RuntimeException e) {
      LOG.debug("Error while closing the MCP server", e);
    }
  }
}
