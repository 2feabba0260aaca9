package dev.kayakomcp.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kayako-mcp}: serves MCP on stdio unless told otherwise. */
@Command(
    name = "kayako-mcp",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Model Context Protocol server for Kayako Classic helpdesks.",
      "Without a command it serves MCP on stdin/stdout for an MCP client (Claude Code, Claude"
          + " Desktop, ...).",
      "Configuration: flags, then environment (KAYAKO_API_URL, KAYAKO_API_KEY,"
          + " KAYAKO_SECRET_KEY), then .env in the working directory."
    },
    footer = {
      "",
      "Examples:",
      "  kayako-mcp --demo                      serve on stdio against the embedded emulator",
      "  kayako-mcp --demo --http --port 8765   serve Streamable HTTP at http://127.0.0.1:8765/mcp",
      "  kayako-mcp --read-only --toolsets tickets   expose only the read-only ticket tools",
      "  kayako-mcp -t                          check the credentials in the environment or .env",
      "  kayako-mcp call kayako_get_ticket ticket_id=1042 include_posts=true",
      "  kayako-mcp demo                        see the tools answer, then how to connect a client",
      "  kayako-mcp emulator --port 8089        run the Kayako emulator alone"
    })
final class RootCommand implements Callable<Integer> {

  private final Streams streams;

  @Mixin ConnectionOptions connection = new ConnectionOptions();

  @Mixin ServeOptions serve = new ServeOptions();

  @Mixin WriteOptions writes = new WriteOptions();

  @Option(
      names = {"-t", "--test-credentials"},
      description = "Check the connection and credentials, print a diagnosis and exit.")
  boolean testCredentials;

  RootCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    if (testCredentials) {
      return CredentialsCheck.run(connection, streams);
    }
    return ServeCommand.serve(connection, serve, writes, streams);
  }
}
