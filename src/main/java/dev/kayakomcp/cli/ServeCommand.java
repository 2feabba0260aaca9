package dev.kayakomcp.cli;

import dev.kayakomcp.config.ConfigException;
import dev.kayakomcp.server.HttpMcpServer;
import dev.kayakomcp.server.HttpOptions;
import dev.kayakomcp.server.ServerFeatures;
import dev.kayakomcp.server.StdioServer;
import dev.kayakomcp.tools.ToolFilter;
import dev.kayakomcp.tools.ToolRegistry;
import dev.kayakomcp.tools.WriteSettings;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kayako-mcp serve}: MCP over stdin/stdout (also what runs without a command), or HTTP. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Serve MCP on stdin/stdout until the client closes stdin, or over Streamable HTTP with"
          + " --http until SIGTERM."
    })
final class ServeCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  private final Streams streams;

  @Mixin ConnectionOptions connection = new ConnectionOptions();

  @Mixin ServeOptions serve = new ServeOptions();

  @Mixin WriteOptions writes = new WriteOptions();

  ServeCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    return serve(connection, serve, writes, streams);
  }

  static int serve(
      ConnectionOptions connection, ServeOptions serve, WriteOptions writes, Streams streams) {
    ToolFilter filter = serve.toolFilter(streams.env());
    try {
      // Checked against every tool, write tools included, so a filter naming one is not a typo.
      ToolRegistry.forWrites(WriteSettings.allowedAs(1)).filtered(filter);
    } catch (IllegalArgumentException e) {
      streams.stderr().println("kayako-mcp: " + e.getMessage());
      return 2;
    }
    Duration pollInterval;
    try {
      pollInterval = serve.pollInterval(streams.env());
    } catch (IllegalArgumentException e) {
      streams.stderr().println("kayako-mcp: " + e.getMessage());
      return 2;
    }
    HttpOptions http = serve.httpOptions(streams.env());
    if (serve.http) {
      try {
        http.check();
      } catch (IllegalArgumentException e) {
        streams.stderr().println("kayako-mcp: " + e.getMessage());
        return 2;
      }
    }
    try (Backend backend = Backend.open(connection, writes, streams.env(), streams.workingDir())) {
      backend.prefetchLookups();
      // Read-only (a filter) wins over allowed writes: the filter runs on what writes allow.
      ToolRegistry registry = backend.registry().filtered(filter);
      if (!filter.isEmpty() || backend.writeSettings().allowed()) {
        LOG.info(
            "Tools exposed: {}",
            registry.tools().stream().map(t -> t.definition().name()).toList());
      }
      ServerFeatures features = new ServerFeatures(registry, backend.toolContext(), pollInterval);
      String against = backend.config().apiUrl() + (backend.isDemo() ? " (embedded emulator)" : "");
      return serve.http
          ? serveHttp(http, features, against, streams)
          : serveStdio(features, against, streams);
    } catch (ConfigException e) {
      streams.stderr().println("kayako-mcp: " + e.getMessage());
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  private static int serveStdio(ServerFeatures features, String against, Streams streams)
      throws InterruptedException {
    StdioServer server = new StdioServer(streams.stdin(), streams.stdout(), features);
    LOG.info("kayako-mcp serving on stdio against {}", against);
    server.awaitInputClosed();
    LOG.info("stdin closed; shutting down");
    server.close();
    return 0;
  }

  private static int serveHttp(
      HttpOptions options, ServerFeatures features, String against, Streams streams)
      throws InterruptedException {
    HttpMcpServer server;
    try {
      server = HttpMcpServer.start(options, features);
    } catch (Exception e) {
      streams
          .stderr()
          .println(
              "kayako-mcp: cannot serve HTTP on "
                  + options.host()
                  + ":"
                  + options.port()
                  + ": "
                  + e.getMessage());
      return 1;
    }
    Thread hook = new Thread(server::close, "kayako-mcp-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    streams
        .stderr()
        .println(
            "kayako-mcp: serving MCP at "
                + server.endpoint()
                + " against "
                + against
                + (options.token() == null ? "" : "; clients must send the bearer token")
                + ". Stop with Ctrl-C or SIGTERM.");
    server.join();
    return 0;
  }
}
