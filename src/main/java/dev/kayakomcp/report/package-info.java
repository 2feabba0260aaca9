/**
 * Reports over ticket sets: the streaming aggregation of list pages into groups (counts, backlog
 * age, waits, overdue, escalations, replies, time worked), response times from conversations, the
 * previous window for comparison, and the ranking of tickets that need attention. Records in,
 * records out: no I/O here beyond the {@link dev.kayakomcp.report.TicketSource} a caller hands in,
 * and nothing about MCP or text.
 */
package dev.kayakomcp.report;
