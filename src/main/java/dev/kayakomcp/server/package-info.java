/**
 * The MCP server: building the SDK server from the tool registry, the stdio transport and the guard
 * that keeps bad input from stopping it.
 */
package dev.kayakomcp.server;
