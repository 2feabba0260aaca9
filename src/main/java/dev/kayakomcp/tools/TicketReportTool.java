package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.ReportView;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.report.ReportEngine;
import dev.kayakomcp.report.ReportPlan;
import dev.kayakomcp.report.ReportResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kayako_ticket_report}: one call aggregates a whole ticket set into groups — counts,
 * backlog age, waits, overdue, escalations, replies, time worked, first response and resolution
 * times — exactly, reading list pages in parallel as they stream, optionally beside the previous
 * window and with a chart.
 */
public final class TicketReportTool implements KayakoTool {

  static final String NAME = "kayako_ticket_report";

  /** List pages in flight at once: enough to keep Kayako busy, few enough to keep memory flat. */
  static final int PAGES_IN_FLIGHT = 4;

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          NAME,
          "Ticket report",
          "Report on a whole ticket set in one call, exact: per group tickets, open, open age"
              + " (median, p90), idle time, waiting on staff, overdue, escalated, replies, time"
              + " worked, first response and resolution times. Same filters as"
              + " kayako_list_tickets (all departments and statuses by default). group_by: up to"
              + " two of department, status, owner, priority, type, tag, organisation, customer,"
              + " created_/updated_ day|week|month. compare=previous adds the previous window;"
              + " chart=true a PNG. Use it for volume, backlog, response-time and weekly"
              + " questions instead of paging.",
          TicketFilter.addTo(Schema.object()).apply(ReportRequest::addTo).responseFormat().build(),
          outputSchema(),
          "reports");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    Directory directory = context.directory();
    ReportRequest request = ReportRequest.parse(args, directory, context.clock());
    return context
        .reports()
        .cached(
            NAME,
            args,
            context.client()::writeGeneration,
            () -> answer(request, context, directory));
  }

  private static ToolResult answer(ReportRequest r, ToolContext context, Directory directory) {
    long now = context.clock().instant().getEpochSecond();
    TicketFilter previous = ReportWindows.previous(r, now);
    ReportPlan plan =
        new ReportPlan(
            r.groupBy(),
            ReportWindows.order(r.filter().window()),
            ReportWindows.stopBelow(r.filter(), previous),
            ReportWindows.members(r.filter()),
            ReportWindows.members(previous),
            r.maxTicketsForTimes(),
            context.reports().maxTickets(),
            directory,
            now);
    ReportSource source = new ReportSource(context, r.filter());
    ReportResult result =
        new ReportEngine(source, source, context.progress()::step, PAGES_IN_FLIGHT).run(plan);
    String filters = r.filter().describe(directory);
    if (result.current().total().count() == 0
        && (result.previous() == null || result.previous().total().count() == 0)) {
      throw new ToolArgumentException(
          "No tickets match: "
              + filters
              + " ("
              + result.read().ticketsRead()
              + " tickets read). Widen the set: drop a filter, widen the time window, or check"
              + " the ids with kayako_get_departments / kayako_get_ticket_statuses. Server time: "
              + context.times().now()
              + ".");
    }
    ReportView view =
        new ReportView(
            result,
            new ReportView.About(
                filters,
                previous == null && r.filter().window().isEmpty()
                    ? null
                    : r.filter().window().isEmpty()
                        ? null
                        : "window " + r.filter().window().describe(),
                previous == null ? null : previous.window().describe(),
                context.times().now(),
                context.reports().maxTickets(),
                r.maxTicketsForTimes()));
    return ReportAnswer.render(r, result, view);
  }

  private static Map<String, Object> outputSchema() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("filters", Schema.type("string"));
    p.put("group_by", Schema.arrayOf(Schema.type("string")));
    p.put("server_time", Schema.type("string"));
    p.put("tickets_read", Schema.type("integer"));
    p.put("capped", Schema.type("boolean"));
    p.put("totals", Schema.type("object"));
    p.put("groups", Schema.arrayOf(Schema.type("object")));
    p.put("definitions", Schema.type("object"));
    return OutputSchemas.object(
        p,
        List.of(
            "filters", "group_by", "server_time", "tickets_read", "capped", "totals", "groups"));
  }
}
