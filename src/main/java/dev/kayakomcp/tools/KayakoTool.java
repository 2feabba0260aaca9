package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;

/** One MCP tool: a static definition and a handler. Implementations are stateless. */
public interface KayakoTool {

  ToolDefinition definition();

  /**
   * Runs the tool. Problems the agent can act on are thrown as {@link ToolArgumentException} or
   * {@link KayakoApiException} and become error results with a next step; anything else is a bug.
   */
  ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException;
}
