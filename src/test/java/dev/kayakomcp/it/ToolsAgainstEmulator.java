package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.KayakoEmulator;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A test class's emulator (the default generated helpdesk, whose records are the truth) and one MCP
 * session to the server on it. Subclasses' own {@code @BeforeAll} run after the session is up,
 * their {@code @AfterAll} before it closes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ToolsAgainstEmulator {

  protected KayakoEmulator emulator;
  protected Helpdesk truth;
  protected McpSession mcp;

  @BeforeAll
  final void startEmulatorAndSession() {
    emulator = KayakoEmulator.start(EmulatorOptions.defaults());
    truth = emulator.helpdesk();
    mcp = new McpSession(emulator);
  }

  @AfterAll
  final void closeSessionAndEmulator() {
    try {
      mcp.close();
    } finally {
      emulator.close();
    }
  }

  /** The tool's answer, which must not be an error. */
  protected CallToolResult ok(String tool, Map<String, Object> args) {
    CallToolResult r = mcp.call(tool, args);
    assertThat(r.isError()).as("%s %s: %s", tool, args, McpSession.text(r)).isFalse();
    return r;
  }
}
