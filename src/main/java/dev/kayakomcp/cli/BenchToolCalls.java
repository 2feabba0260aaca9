package dev.kayakomcp.cli;

import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.tools.ToolContext;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code bench --latency MS}: every read tool once per row of {@link BenchScenarios}, through a
 * real MCP client and the in-process server, against an emulator that adds {@code MS} to every
 * request like a remote helpdesk. Prints the Kayako requests each call made (from the emulator's
 * request log) and its wall time (median of the repetitions), on warm lookup caches.
 */
final class BenchToolCalls {

  private BenchToolCalls() {}

  static void run(PrintStream out, long latencyMs, int repeats) throws Exception {
    try (KayakoEmulator emulator = KayakoEmulator.start(EmulatorOptions.defaults())) {
      try (InProcessMcp session = InProcessMcp.start(emulator, Duration.ofSeconds(120))) {
        McpSyncClient mcp = session.client();
        ToolContext context = session.context();
        List<BenchScenarios.Scenario> rows =
            BenchScenarios.reads(emulator.helpdesk(), Instant.now());
        // Warm caches: every row once without latency (lookups, field definitions, options).
        rows.forEach(r -> call(mcp, r));
        emulator.faults().latencyMs(latencyMs);
        out.printf(
            "# kayako-mcp bench --latency %d: Kayako requests and wall time per tool call"
                + " (warm lookup caches, median of %d)%n%n",
            latencyMs, repeats);
        out.println("| Call | Kayako requests | Wall time |");
        out.println("|---|---:|---:|");
        for (BenchScenarios.Scenario row : rows) {
          long[] requests = new long[repeats];
          double[] millis = new double[repeats];
          for (int i = 0; i < repeats; i++) {
            if (row.fresh()) {
              context.searchCache().clear();
              context.ticketScans().clear();
              context.reports().clear();
            }
            emulator.requests().reset();
            long t0 = System.nanoTime();
            call(mcp, row);
            millis[i] = (System.nanoTime() - t0) / 1e6;
            requests[i] = emulator.requests().count();
          }
          Arrays.sort(millis);
          Arrays.sort(requests);
          out.printf(
              "| `%s` %s | %d | %.0f ms |%n",
              row.tool(), shown(row.arguments()), requests[repeats / 2], millis[repeats / 2]);
        }
      }
    }
  }

  private static void call(McpSyncClient mcp, BenchScenarios.Scenario row) {
    CallToolResult r = mcp.callTool(new CallToolRequest(row.tool(), row.arguments()));
    if (Boolean.TRUE.equals(r.isError())) {
      throw new IllegalStateException(row.label() + " failed during the benchmark");
    }
  }

  private static String shown(Map<String, Object> arguments) {
    return arguments.isEmpty() ? "" : arguments.toString().replace("{", "").replace("}", "");
  }
}
