package dev.kayakomcp.cli;

import dev.kayakomcp.config.ConfigException;
import dev.kayakomcp.server.Pipe;
import dev.kayakomcp.server.StdioServer;
import dev.kayakomcp.server.StreamClientTransport;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;

/**
 * {@code kayako-mcp demo}: starts the embedded emulator and the real MCP server, asks it a few
 * questions through a real MCP client, prints the answers, then how to connect a client.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Show the tools answering against the embedded emulator, then how to connect.")
final class DemoCommand implements Callable<Integer> {

  private static final int PREVIEW_CHARS = 1_800;

  private final Streams streams;

  DemoCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() throws Exception {
    PrintStream out = streams.out();
    ConnectionOptions demo = new ConnectionOptions();
    demo.demo = true;
    demo.connectTimeoutSeconds = 10;
    demo.readTimeoutSeconds = 30;
    try (Backend backend = Backend.open(demo, streams.env(), streams.workingDir())) {
      Pipe toServer = new Pipe();
      Pipe toClient = new Pipe();
      StdioServer server =
          new StdioServer(
              toServer.input(), toClient.output(), backend.registry(), backend.toolContext());
      McpSyncClient client =
          McpClient.sync(
                  new StreamClientTransport(
                      toClient.input(), toServer.output(), McpJsonDefaults.getMapper()))
              .requestTimeout(Duration.ofSeconds(60))
              .build();
      try {
        client.initialize();
        out.println(
            "kayako-mcp demo: an embedded Kayako Classic emulator ("
                + backend.config().apiUrl()
                + ") and the MCP server, driven by a real MCP client.");
        out.println(
            "Tools: "
                + String.join(
                    ", ", client.listTools().tools().stream().map(t -> t.name()).toList()));
        show(out, client, "kayako_get_departments", Map.of());
        String listing =
            show(out, client, "kayako_list_tickets", Map.of("status_id", "unresolved", "limit", 3));
        show(out, client, "kayako_search_tickets", Map.of("query", "password reset", "limit", 3));
        Matcher id = Pattern.compile("\\(#(\\d+)\\)").matcher(listing);
        if (id.find()) {
          show(
              out, client, "kayako_get_ticket_posts", Map.of("ticket_id", id.group(1), "limit", 3));
        }
      } finally {
        client.closeGracefully();
        server.close();
      }
      printConnectHelp(out);
      return 0;
    } catch (ConfigException e) {
      streams.stderr().println("kayako-mcp: " + e.getMessage());
      return 2;
    }
  }

  private static String show(
      PrintStream out, McpSyncClient client, String tool, Map<String, Object> args) {
    out.println();
    out.println("==> " + tool + " " + args);
    CallToolResult result = client.callTool(new CallToolRequest(tool, args));
    StringBuilder text = new StringBuilder();
    for (Content c : result.content()) {
      if (c instanceof TextContent t) {
        text.append(t.text());
      }
    }
    String all = text.toString();
    out.println(
        all.length() > PREVIEW_CHARS
            ? all.substring(0, PREVIEW_CHARS) + "\n[… shortened for the demo]"
            : all);
    return all;
  }

  private static void printConnectHelp(PrintStream out) {
    String launcher = launcher();
    out.println();
    out.println("Connect a client to the same demo data:");
    out.println("  Claude Code:    claude mcp add kayako -- " + launcher + " --demo");
    out.println("  MCP Inspector:  npx @modelcontextprotocol/inspector " + launcher + " --demo");
    out.println(
        "For a real helpdesk set KAYAKO_API_URL, KAYAKO_API_KEY and KAYAKO_SECRET_KEY (or"
            + " .env) and drop --demo; check them with: "
            + launcher
            + " -t");
  }

  /**
   * How to start this program again, as a shell command: the launcher script when it started us,
   * else the jar.
   */
  static String launcher() {
    String script = System.getProperty("kayako.launcher");
    if (script != null && !script.isBlank()) {
      return shellWord(script);
    }
    try {
      String jar =
          java.nio.file.Path.of(
                  DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI())
              .toString();
      return "java -jar " + shellWord(jar);
    } catch (Exception e) {
      return "kayako-mcp";
    }
  }

  /** A path as one shell word, quoted when it holds spaces or other special characters. */
  static String shellWord(String path) {
    return path.matches("[A-Za-z0-9_./@%+=:,-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
  }
}
