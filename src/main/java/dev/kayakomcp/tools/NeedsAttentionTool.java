package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.AttentionView;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.report.AttentionEngine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kayako_needs_attention}: the open tickets to work on first, ranked over the whole open
 * set, each with its reasons in words (customer waiting, reply or resolution overdue, escalated,
 * urgent without owner, several unanswered customer posts).
 */
public final class NeedsAttentionTool implements KayakoTool {

  static final String NAME = "kayako_needs_attention";

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          NAME,
          "What needs attention",
          "The unresolved tickets to work on first, ranked over every open ticket, each with"
              + " display id, subject, owner, how long the customer has waited and the reasons"
              + " in words: customer waiting longest for a staff reply, reply or resolution"
              + " overdue, escalated, urgent/high priority with no owner, several customer posts"
              + " with no staff answer. Filter by department_id and owner_staff_id (0 ="
              + " unassigned). Answers 'what should I work on first?' in one call.",
          Schema.object()
              .prop(
                  "department_id",
                  Schema.ordered(
                      "type",
                      List.of("integer", "string"),
                      "description",
                      "Department id or comma list; default: all ticket departments."))
              .prop(
                  "owner_staff_id",
                  Schema.ordered(
                      "type",
                      List.of("integer", "string"),
                      "description",
                      "Owner staff id or comma list; 0 = unassigned."))
              .integer("limit", "Tickets to return.", 1, 100, 20)
              .responseFormat()
              .build(),
          outputSchema(),
          "reports");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    Directory directory = context.directory();
    int limit = args.intInRange("limit", 20, 1, 100);
    Map<String, Object> set = new LinkedHashMap<>();
    for (String name : List.of("department_id", "owner_staff_id")) {
      if (args.has(name)) {
        set.put(name, args.raw(name));
      }
    }
    set.put("status_id", "unresolved");
    TicketFilter filter = TicketFilter.parse(ToolArgs.of(set), directory, context.clock());
    ResponseFormat format = args.format();
    return context
        .reports()
        .cached(
            NAME,
            args,
            context.client()::writeGeneration,
            () -> answer(filter, limit, format, context, directory));
  }

  private static ToolResult answer(
      TicketFilter filter,
      int limit,
      ResponseFormat format,
      ToolContext context,
      Directory directory) {
    ReportSource source = new ReportSource(context, filter);
    AttentionEngine.Found found =
        new AttentionEngine(
                source, source, context.progress()::step, TicketReportTool.PAGES_IN_FLIGHT)
            .run(
                filter::matchesLocally,
                directory,
                context.clock().instant().getEpochSecond(),
                limit,
                context.reports().maxTickets());
    AttentionView view =
        new AttentionView(
            found.items(),
            new AttentionView.About(
                filter.describe(directory),
                context.times().now(),
                found.considered(),
                found.withReasons(),
                found.read().capped() ? context.reports().maxTickets() : 0),
            directory);
    return Budgeted.render(
        format,
        found.items().size(),
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            return view.markdown(shown);
          }

          @Override
          public Map<String, Object> structured(int shown) {
            return view.structured(shown);
          }
        });
  }

  private static Map<String, Object> outputSchema() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("filters", Schema.type("string"));
    p.put("server_time", Schema.type("string"));
    p.put("open_tickets_read", Schema.type("integer"));
    p.put("tickets", Schema.arrayOf(Schema.type("object")));
    return OutputSchemas.object(p, List.of("filters", "server_time", "tickets"));
  }
}
