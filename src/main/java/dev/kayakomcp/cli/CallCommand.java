package dev.kayakomcp.cli;

import dev.kayakomcp.config.ConfigException;
import dev.kayakomcp.tools.KayakoTool;
import dev.kayakomcp.tools.ToolInvoker;
import dev.kayakomcp.tools.ToolRegistry;
import dev.kayakomcp.tools.WriteSettings;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Content;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code kayako-mcp call TOOL name=value ...}: runs one tool and prints its answer. */
@Command(
    name = "call",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Run one tool and print its result (exit 1 when the tool reports an error).",
      "Arguments are name=value pairs, e.g. ticket_id=1042 include_posts=true response_format=json."
    })
final class CallCommand implements Callable<Integer> {

  private final Streams streams;

  @Mixin ConnectionOptions connection = new ConnectionOptions();

  @Mixin WriteOptions writes = new WriteOptions();

  @Parameters(index = "0", paramLabel = "TOOL", description = "Tool name, e.g. kayako_get_ticket.")
  String tool;

  @Parameters(index = "1..*", paramLabel = "NAME=VALUE", description = "Tool arguments.")
  List<String> arguments = new ArrayList<>();

  CallCommand(Streams streams) {
    this.streams = streams;
  }

  @Override
  public Integer call() {
    boolean writesAllowed = WritePolicy.allowed(writes, streams.env());
    ToolRegistry callable =
        writesAllowed
            ? ToolRegistry.forWrites(WriteSettings.allowedAs(1))
            : ToolRegistry.standard();
    if (callable.find(tool).isEmpty()) {
      // Refused before connecting: Kayako need not be asked anything to know this.
      streams.stderr().println("kayako-mcp: " + notCallable(callable, writesAllowed));
      return 2;
    }
    Map<String, Object> args = new LinkedHashMap<>();
    for (String pair : arguments) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        streams.stderr().println("kayako-mcp: arguments are name=value pairs, not '" + pair + "'.");
        return 2;
      }
      args.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    try (Backend backend = Backend.open(connection, writes, streams.env(), streams.workingDir())) {
      KayakoTool found = backend.registry().find(tool).orElseThrow();
      CallToolResult result = ToolInvoker.invoke(found, args, backend.toolContext());
      boolean error = Boolean.TRUE.equals(result.isError());
      PrintStream target = error ? streams.stderr() : streams.out();
      for (Content c : result.content()) {
        if (c instanceof TextContent t) {
          target.println(t.text());
        }
      }
      target.flush();
      return error ? 1 : 0;
    } catch (ConfigException e) {
      streams.stderr().println("kayako-mcp: " + e.getMessage());
      return 2;
    }
  }

  private String notCallable(ToolRegistry callable, boolean writesAllowed) {
    if (ToolRegistry.writeTools().stream().anyMatch(t -> t.definition().name().equals(tool))) {
      return tool
          + " changes Kayako and writes are off; pass --allow-writes --staff ID"
          + " (or set KAYAKO_ALLOW_WRITES=true, KAYAKO_STAFF_ID).";
    }
    List<String> names = callable.tools().stream().map(t -> t.definition().name()).toList();
    return "no tool named '"
        + tool
        + "'. Tools: "
        + String.join(", ", names)
        + (writesAllowed ? "." : ". The write tools need --allow-writes --staff ID.");
  }
}
