/**
 * The MCP server: what it offers ({@link dev.kayakomcp.server.ServerFeatures}: the filtered tools,
 * resources, prompts, completions, progress and log messages), building the SDK server for each
 * transport, stdio behind {@link dev.kayakomcp.server.StdioGuard}, and Streamable HTTP on Jetty
 * behind {@link dev.kayakomcp.server.HttpGuard} (token, Origin/Host, JSON-RPC errors only).
 */
package dev.kayakomcp.server;
