package dev.kayakomcp.report;

/**
 * A finished report: the figures of the window reported on, those of the previous window (null
 * without {@code compare}), how the list was read, and how many Kayako requests it took.
 */
public record ReportResult(
    Aggregation current, Aggregation previous, ListReader.Read read, int requests) {}
