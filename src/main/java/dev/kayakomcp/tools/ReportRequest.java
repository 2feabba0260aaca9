package dev.kayakomcp.tools;

import dev.kayakomcp.model.Directory;
import dev.kayakomcp.report.Dimension;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The arguments of {@code kayako_ticket_report}, parsed once: the ticket set, up to two grouping
 * dimensions, whether to compare with the previous window, whether to draw a chart, and how many
 * conversations to read for response times.
 */
record ReportRequest(
    TicketFilter filter,
    List<Dimension> groupBy,
    boolean comparePrevious,
    boolean chart,
    int maxTicketsForTimes,
    ResponseFormat format) {

  static final int DEFAULT_TIMES = 300;
  static final int MAX_TIMES = 2_000;

  ReportRequest {
    groupBy = List.copyOf(groupBy);
  }

  static Schema addTo(Schema schema) {
    return schema
        .prop(
            "group_by",
            Schema.ordered(
                "type",
                List.of("array", "string"),
                "items",
                Schema.type("string"),
                "description",
                "At most two of: "
                    + String.join(", ", Dimension.arguments())
                    + " (array or comma list); none = one row for the set."))
        .enumeration(
            "compare",
            "previous: each figure beside the same figure for the previous window of equal"
                + " length (needs created_since or updated_since).",
            List.of("none", "previous"),
            "none")
        .bool("chart", "Add a PNG bar chart (needs a time group_by, or at most 20 groups).", false)
        .integer(
            "max_tickets_for_times",
            "Conversations read (newest tickets first) for first response times; 0 skips them.",
            0,
            MAX_TIMES,
            DEFAULT_TIMES);
  }

  static ReportRequest parse(ToolArgs args, Directory directory, Clock clock) {
    TicketFilter filter = TicketFilter.parse(args, directory, clock);
    List<Dimension> dims = new ArrayList<>();
    for (String word : args.stringList("group_by")) {
      Dimension d = Dimension.parse(word);
      if (d == null) {
        throw new ToolArgumentException(
            "Unknown group_by '"
                + word
                + "'. Group by at most two of: "
                + String.join(", ", Dimension.arguments())
                + ".");
      }
      if (!dims.contains(d)) {
        dims.add(d);
      }
    }
    if (dims.size() > 2) {
      throw new ToolArgumentException(
          "group_by takes at most two dimensions, not "
              + dims.size()
              + "; for more detail, filter the set (e.g. department_id) and group the rest.");
    }
    String compare = args.string("compare", "none").strip().toLowerCase(Locale.ROOT);
    if (!compare.equals("none") && !compare.equals("previous")) {
      throw new ToolArgumentException("'compare' is 'previous' or 'none', not '" + compare + "'.");
    }
    ReportRequest r =
        new ReportRequest(
            filter,
            dims,
            compare.equals("previous"),
            args.bool("chart", false),
            args.intInRange("max_tickets_for_times", DEFAULT_TIMES, 0, MAX_TIMES),
            args.format());
    ReportWindows.check(r);
    return r;
  }
}
