package dev.kayakomcp.tools;

import io.modelcontextprotocol.spec.McpSchema.Content;
import java.util.List;
import java.util.Map;

/**
 * A tool answer: the text for the agent (Markdown or JSON), the same data as structured content,
 * any further content blocks (an image, an embedded file) sent after the text, and whether it
 * reports a refusal the agent must act on.
 */
public record ToolResult(
    String text, Map<String, Object> structured, List<Content> extra, boolean error) {

  public ToolResult {
    extra = extra == null ? List.of() : List.copyOf(extra);
  }

  public ToolResult(String text, Map<String, Object> structured, List<Content> extra) {
    this(text, structured, extra, false);
  }

  public ToolResult(String text, Map<String, Object> structured) {
    this(text, structured, List.of(), false);
  }

  /** The same answer marked as an error the agent should act on. */
  public ToolResult asError() {
    return new ToolResult(text, structured, extra, true);
  }
}
