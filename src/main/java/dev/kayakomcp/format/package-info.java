/**
 * Rendering for agents: Markdown and JSON views of records, HTML to Markdown, times, shortening and
 * the response size budget. No I/O here.
 */
package dev.kayakomcp.format;
