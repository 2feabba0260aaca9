package dev.kayakomcp.tools;

import java.util.Map;

/**
 * A tool answer: the text for the agent (Markdown or JSON), the same data as structured content,
 * and whether it reports a refusal the agent must act on.
 */
public record ToolResult(String text, Map<String, Object> structured, boolean error) {

  public ToolResult(String text, Map<String, Object> structured) {
    this(text, structured, false);
  }

  /** The same answer marked as an error the agent should act on. */
  public ToolResult asError() {
    return new ToolResult(text, structured, true);
  }
}
