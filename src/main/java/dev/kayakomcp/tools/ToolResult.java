package dev.kayakomcp.tools;

import java.util.Map;

/**
 * A successful tool answer: the text for the agent (Markdown or JSON) and the same data as
 * structured content.
 */
public record ToolResult(String text, Map<String, Object> structured) {}
