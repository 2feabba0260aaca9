package dev.kayakomcp.tools;

import io.modelcontextprotocol.spec.McpSchema.Content;
import java.util.List;
import java.util.Map;

/**
 * A successful tool answer: the text for the agent (Markdown or JSON), the same data as structured
 * content, and any further content blocks (an image, an embedded file) sent after the text.
 */
public record ToolResult(String text, Map<String, Object> structured, List<Content> extra) {

  public ToolResult {
    extra = extra == null ? List.of() : List.copyOf(extra);
  }

  public ToolResult(String text, Map<String, Object> structured) {
    this(text, structured, List.of());
  }
}
