package dev.kayakomcp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The demo's connection hints must paste into a shell as they are, wherever the server lies. */
class DemoCommandTest {

  @Test
  void aPlainPathStaysAsItIs() {
    assertThat(DemoCommand.shellWord("/opt/kayako-mcp-0.1.0/bin/kayako-mcp"))
        .isEqualTo("/opt/kayako-mcp-0.1.0/bin/kayako-mcp");
  }

  @Test
  void aPathWithASpaceIsQuoted() {
    assertThat(DemoCommand.shellWord("/home/ann/My Tools/kayako-mcp/bin/kayako-mcp"))
        .isEqualTo("'/home/ann/My Tools/kayako-mcp/bin/kayako-mcp'");
  }

  @Test
  void aQuoteInThePathIsClosedEscapedAndReopened() {
    assertThat(DemoCommand.shellWord("/home/ann/Ann's tools/kayako-mcp"))
        .isEqualTo("'/home/ann/Ann'\\''s tools/kayako-mcp'");
  }
}
