package dev.kayakomcp.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The process's streams and environment as the commands see them. {@code stdout} is the real
 * standard output: in stdio mode it belongs to the MCP protocol alone.
 */
record Streams(
    InputStream stdin,
    OutputStream stdout,
    PrintStream stderr,
    Map<String, String> env,
    Path workingDir) {

  /** A printer on the real stdout, for commands whose output is their result. */
  PrintStream out() {
    return new PrintStream(stdout, true, StandardCharsets.UTF_8);
  }
}
