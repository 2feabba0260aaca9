package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.tools.KayakoTool;
import dev.kayakomcp.tools.ToolArgs;
import dev.kayakomcp.tools.ToolContext;
import dev.kayakomcp.tools.ToolDefinition;
import dev.kayakomcp.tools.ToolFilter;
import dev.kayakomcp.tools.ToolRegistry;
import dev.kayakomcp.tools.ToolResult;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * A filtered-out tool is neither listed nor callable, through a real MCP client: the contract the
 * toolset, tool, exclude and read-only filters promise (mcp-atlassian's tool policy contract).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class ToolPolicyContractIT {

  private static final AtomicInteger WRITES = new AtomicInteger();
  private KayakoEmulator emulator;

  /** A write tool that counts its runs: it must never run when filtered out. */
  static final class CountingWriteTool implements KayakoTool {
    @Override
    public ToolDefinition definition() {
      return new ToolDefinition(
          "kayako_close_ticket",
          "Close a ticket",
          "Test-only write tool.",
          Map.of("type", "object", "properties", Map.of()),
          Map.of("type", "object", "properties", Map.of()),
          false,
          false,
          true,
          "admin");
    }

    @Override
    public ToolResult call(ToolArgs args, ToolContext context) {
      WRITES.incrementAndGet();
      return new ToolResult("closed", Map.of());
    }
  }

  @BeforeAll
  void start() {
    emulator = KayakoEmulator.start(EmulatorOptions.defaults());
  }

  @AfterAll
  void stop() {
    emulator.close();
  }

  private static ToolRegistry registry(ToolFilter filter) {
    List<KayakoTool> tools = new ArrayList<>(ToolRegistry.allTools());
    tools.add(new CountingWriteTool());
    return new ToolRegistry(tools).filtered(filter);
  }

  @Test
  void toolsetFilterHidesAndRefusesTheOthers() {
    try (McpSession mcp =
        McpSession.on(emulator)
            .registry(registry(ToolFilter.parse("lookups", null, null, false)))
            .open()) {
      assertThat(mcp.client().listTools().tools())
          .extracting(McpSchema.Tool::name)
          .containsExactlyInAnyOrderElementsOf(
              ToolRegistry.allTools().stream()
                  .filter(t -> t.definition().toolset().equals("lookups"))
                  .map(t -> t.definition().name())
                  .toList())
          .contains("kayako_get_departments", "kayako_get_ticket_statuses");
      assertThat(mcp.call("kayako_get_departments", Map.of()).isError()).isFalse();
      assertUnknown(mcp, "kayako_search_tickets", Map.of("query", "password"));
      assertUnknown(mcp, "kayako_close_ticket", Map.of());
    }
  }

  @Test
  void readOnlyWinsOverAnExplicitEnable() {
    int before = WRITES.get();
    try (McpSession mcp =
        McpSession.on(emulator)
            .registry(registry(ToolFilter.parse("admin", "kayako_close_ticket", null, true)))
            .open()) {
      assertThat(mcp.client().listTools().tools()).isEmpty();
      assertUnknown(mcp, "kayako_close_ticket", Map.of());
    }
    assertThat(WRITES.get()).isEqualTo(before);
  }

  @Test
  void withoutReadOnlyTheWriteToolIsListedAndRuns() {
    int before = WRITES.get();
    try (McpSession mcp =
        McpSession.on(emulator)
            .registry(
                registry(ToolFilter.parse(null, "kayako_close_ticket", "kayako_get_ticket", false)))
            .open()) {
      assertThat(mcp.client().listTools().tools())
          .extracting(McpSchema.Tool::name)
          .containsExactly("kayako_close_ticket");
      assertThat(mcp.call("kayako_close_ticket", Map.of()).isError()).isFalse();
      assertUnknown(mcp, "kayako_get_ticket", Map.of("ticket_id", "1"));
    }
    assertThat(WRITES.get()).isEqualTo(before + 1);
  }

  private static void assertUnknown(McpSession mcp, String tool, Map<String, Object> args) {
    assertThatThrownBy(() -> mcp.client().callTool(new CallToolRequest(tool, args)))
        .isInstanceOf(McpError.class)
        .hasMessageContaining("Unknown tool")
        .satisfies(
            e ->
                assertThat(String.valueOf(((McpError) e).getJsonRpcError().data())).contains(tool));
  }
}
