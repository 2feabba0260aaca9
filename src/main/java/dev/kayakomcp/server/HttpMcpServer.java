package dev.kayakomcp.server;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityValidator;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MCP over Streamable HTTP (or its stateless variant) on Jetty: the SDK's servlet transport at
 * {@value #MCP_PATH} behind {@link HttpGuard}, {@value #HEALTH_PATH} for probes, Origin and Host
 * checked against localhost (DNS rebinding) plus what was configured, and a graceful stop.
 */
public final class HttpMcpServer implements AutoCloseable {

  public static final String MCP_PATH = "/mcp";
  public static final String HEALTH_PATH = "/healthz";

  private static final Logger LOG = LoggerFactory.getLogger(HttpMcpServer.class);

  private final Server jetty;
  private final ServerConnector connector;
  private final AutoCloseable mcp;
  private final HttpOptions options;
  private volatile boolean stopped;

  private HttpMcpServer(
      Server jetty, ServerConnector connector, AutoCloseable mcp, HttpOptions options) {
    this.jetty = jetty;
    this.connector = connector;
    this.mcp = mcp;
    this.options = options;
  }

  /** Starts serving {@code features}; the options are checked first. */
  public static HttpMcpServer start(HttpOptions options, ServerFeatures features) throws Exception {
    if (options.stateless()) {
      options.check();
      HttpServletStatelessServerTransport transport =
          HttpServletStatelessServerTransport.builder()
              .jsonMapper(McpJsonDefaults.getMapper())
              .messageEndpoint(MCP_PATH)
              .securityValidator(securityValidator(options))
              .maxRequestSize(options.maxRequestBytes())
              .build();
      McpStatelessSyncServer server = KayakoMcpServer.stateless(transport, features);
      return start(options, transport, server::closeGracefully);
    }
    HttpMcpServer server = startStreamable(options, t -> KayakoMcpServer.streamable(t, features));
    AutoCloseable mcp = server.mcp;
    return new HttpMcpServer(
        server.jetty,
        server.connector,
        () -> {
          features.closeLive();
          mcp.close();
        },
        options);
  }

  /**
   * Starts a streamable HTTP server whose MCP server {@code build} makes on the hardened transport
   * (the conformance fixture server uses this with its own tools).
   */
  public static HttpMcpServer startStreamable(
      HttpOptions options,
      Function<HttpServletStreamableServerTransportProvider, McpSyncServer> build)
      throws Exception {
    options.check();
    HttpServletStreamableServerTransportProvider transport =
        HttpServletStreamableServerTransportProvider.builder()
            .jsonMapper(McpJsonDefaults.getMapper())
            .mcpEndpoint(MCP_PATH)
            .securityValidator(securityValidator(options))
            .maxRequestSize(options.maxRequestBytes())
            .keepAliveInterval(Duration.ofSeconds(30))
            .build();
    McpSyncServer server = build.apply(transport);
    return start(options, transport, server::closeGracefully);
  }

  private static HttpMcpServer start(HttpOptions options, HttpServlet transport, AutoCloseable mcp)
      throws Exception {
    QueuedThreadPool threads = new QueuedThreadPool(200, 4);
    threads.setName("mcp-http");
    threads.setDaemon(true);
    Server jetty = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
    connector.setHost(options.host());
    connector.setPort(options.port());
    jetty.addConnector(connector);

    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    ServletHolder mcpHolder = new ServletHolder("mcp", transport);
    mcpHolder.setAsyncSupported(true);
    context.addServlet(mcpHolder, "/*");
    context.addServlet(new ServletHolder("health", new Health()), HEALTH_PATH);
    FilterHolder guard =
        new FilterHolder(
            new HttpGuard(
                MCP_PATH, options.token(), options.maxRequestBytes(), options.stateless()));
    guard.setAsyncSupported(true);
    context.addFilter(guard, "/*", EnumSet.of(DispatcherType.REQUEST));
    jetty.setHandler(context);

    jetty.setErrorHandler(new JsonErrorHandler());
    jetty.setStopTimeout(options.shutdownGrace().toMillis());
    jetty.setStopAtShutdown(false);
    jetty.start();
    HttpMcpServer server = new HttpMcpServer(jetty, connector, mcp, options);
    LOG.info(
        "MCP over {} HTTP at {}{}",
        options.stateless() ? "stateless" : "streamable",
        server.endpoint(),
        options.token() == null ? "" : " (bearer token required)");
    return server;
  }

  static ServerTransportSecurityValidator securityValidator(HttpOptions options) {
    DefaultServerTransportSecurityValidator.Builder b =
        DefaultServerTransportSecurityValidator.builder();
    for (String scheme : List.of("http", "https")) {
      for (String host : List.of("localhost", "127.0.0.1", "[::1]")) {
        b.allowedOrigin(scheme + "://" + host);
        b.allowedOrigin(scheme + "://" + host + ":*");
      }
    }
    options.allowedOrigins().forEach(b::allowedOrigin);
    List<String> hosts = new ArrayList<>();
    if (options.isLoopback() || !options.allowedHosts().isEmpty()) {
      for (String host : List.of("localhost", "127.0.0.1", "[::1]")) {
        hosts.add(host);
        hosts.add(host + ":*");
      }
      hosts.addAll(options.allowedHosts());
    }
    // Beyond loopback without --allowed-hosts the Host header is not checked: the bearer token,
    // which a rebinding page cannot know, is what keeps others out.
    hosts.forEach(b::allowedHost);
    return b.build();
  }

  /** The port actually bound. */
  public int port() {
    return connector.getLocalPort();
  }

  /** The MCP endpoint's URL. */
  public URI endpoint() {
    String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return URI.create("http://" + host + ":" + port() + MCP_PATH);
  }

  /** Blocks until the server has stopped. */
  public void join() throws InterruptedException {
    jetty.join();
  }

  /**
   * Stops gracefully: the MCP sessions are closed (their event streams end), then Jetty stops,
   * letting requests in flight finish within the shutdown grace.
   */
  @Override
  public synchronized void close() {
    if (stopped) {
      return;
    }
    stopped = true;
    try {
      mcp.close();
    } catch (Exception e) {
      LOG.debug("closing the MCP server", e);
    }
    try {
      jetty.stop();
    } catch (Exception e) {
      LOG.warn("Jetty did not stop cleanly: {}", e.toString());
    }
    LOG.info("HTTP server stopped");
  }

  /** {@value #HEALTH_PATH}: the process is up and serving; costs no Kayako call. */
  private static final class Health extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      byte[] body =
          ("{\"status\":\"ok\",\"server\":\""
                  + ServerInfo.NAME
                  + "\",\"version\":\""
                  + ServerInfo.version()
                  + "\"}")
              .getBytes(StandardCharsets.UTF_8);
      resp.setStatus(200);
      resp.setContentType("application/json");
      resp.setContentLength(body.length);
      resp.getOutputStream().write(body);
    }
  }
}
