/**
 * The MCP tools: one small class per tool, each a static {@link dev.kayakomcp.tools.ToolDefinition}
 * and a handler that reads arguments, calls the client and formats; the registry is the one list.
 */
package dev.kayakomcp.tools;
