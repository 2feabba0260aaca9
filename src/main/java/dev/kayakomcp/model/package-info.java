/**
 * Records for what Kayako Classic holds: tickets, posts, notes, attachments, time tracks, lookup
 * tables and people. Shared by the client (which parses them) and the emulator (which serves them);
 * no I/O and no MCP types here.
 */
package dev.kayakomcp.model;
