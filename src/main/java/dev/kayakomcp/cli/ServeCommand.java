package dev.kayakomcp.cli;

import dev.kayakomcp.config.ConfigException;
import dev.kayakomcp.server.StdioServer;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code kayako-mcp serve}: MCP over stdin/stdout (also what runs without a command). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Serve MCP on stdin/stdout until the client closes stdin.")
final class ServeCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  private final Streams streams;

  @Mixin ConnectionOptions connection = new ConnectionOptions();

  @Mixin WriteOptions writes = new WriteOptions();

  ServeCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    return serve(connection, writes, streams);
  }

  static int serve(ConnectionOptions connection, WriteOptions writes, Streams streams) {
    try (Backend backend = Backend.open(connection, writes, streams.env(), streams.workingDir())) {
      StdioServer server =
          new StdioServer(
              streams.stdin(), streams.stdout(), backend.registry(), backend.toolContext());
      LOG.info(
          "kayako-mcp serving on stdio against {}{}",
          backend.config().apiUrl(),
          backend.isDemo() ? " (embedded emulator)" : "");
      server.awaitInputClosed();
      LOG.info("stdin closed; shutting down");
      server.close();
      return 0;
    } catch (ConfigException e) {
      streams.stderr().println("kayako-mcp: " + e.getMessage());
      return 2;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }
}
