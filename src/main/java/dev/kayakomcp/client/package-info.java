/**
 * The Kayako Classic REST client: URL building, request signing, HTTP, error mapping and lookup
 * caches. It returns model records and never MCP types.
 */
package dev.kayakomcp.client;
