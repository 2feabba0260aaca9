package dev.kayakomcp.tools;

import java.util.Map;

/**
 * What a client sees of a tool: name, title, description, schemas and behaviour hints. {@code
 * toolset} groups tools for filtering.
 */
public record ToolDefinition(
    String name,
    String title,
    String description,
    Map<String, Object> inputSchema,
    Map<String, Object> outputSchema,
    boolean readOnly,
    boolean destructive,
    boolean idempotent,
    String toolset) {

  /** A read-only tool: never destructive, always idempotent. */
  public static ToolDefinition readOnly(
      String name,
      String title,
      String description,
      Map<String, Object> inputSchema,
      Map<String, Object> outputSchema,
      String toolset) {
    return new ToolDefinition(
        name, title, description, inputSchema, outputSchema, true, false, true, toolset);
  }
}
