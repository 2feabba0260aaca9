package dev.kayakomcp.report;

import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.util.List;
import java.util.function.Predicate;

/**
 * What one report reads and how it groups: the read order and where reading may stop, which tickets
 * belong to the window reported on and to the previous window (null without {@code compare}), how
 * many conversations to read for response times, and the cap on tickets read.
 *
 * @param now the report's "now", Unix seconds
 */
public record ReportPlan(
    List<Dimension> dimensions,
    ReadOrder order,
    Long stopBelow,
    Predicate<Ticket> current,
    Predicate<Ticket> previous,
    int maxTicketsForTimes,
    int cap,
    Directory directory,
    long now) {

  public ReportPlan {
    dimensions = List.copyOf(dimensions);
  }
}
