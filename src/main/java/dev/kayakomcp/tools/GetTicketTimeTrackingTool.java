package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.format.Paging;
import dev.kayakomcp.format.TimeTrackView;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TimeTrack;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code kayako_get_ticket_time_tracking}: time worked and billed on a ticket, with totals. */
public final class GetTicketTimeTrackingTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      ToolDefinition.readOnly(
          "kayako_get_ticket_time_tracking",
          "Get a ticket's time tracking",
          "Get the time-tracking entries of a ticket (who worked when, time worked and billable,"
              + " note) and the totals, as readable durations (1h 30m) and in seconds.",
          Schema.object()
              .string(
                  "ticket_id",
                  "Numeric ticket id or display id, e.g. \"1042\" or \"QXV-418-20573\".")
              .responseFormat()
              .required("ticket_id")
              .build(),
          OutputSchemas.object(
              Schema.ordered(
                  "ticket_id", Schema.type("integer"),
                  "display_id", Schema.type("string"),
                  "totals", OutputSchemas.timeTotals(),
                  "entries", Schema.arrayOf(OutputSchemas.timeTrack()),
                  "entries_shown", Schema.type("integer")),
              List.of("ticket_id", "totals", "entries")),
          "tickets");

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    TicketRef ref = context.tickets().ref(args);
    ResponseFormat format = args.format();
    LoadedTicket loaded = context.tickets().load(ref, TicketParts.TICKET);
    Ticket t = loaded.ticket();
    List<TimeTrack> entries = loaded.timeTracks();
    TimeTrackView view = new TimeTrackView(context.times());
    return Budgeted.render(
        format,
        entries.size(),
        new Budgeted.Renderer() {
          @Override
          public String markdown(int shown) {
            StringBuilder sb = new StringBuilder("# Time tracking of ticket ");
            sb.append(TicketLoader.heading(t)).append("\n\n").append(loaded.mergeNotice());
            if (entries.isEmpty()) {
              return sb.append("No time has been tracked on this ticket.\n").toString();
            }
            sb.append(TimeTrackView.totalsMarkdown(entries)).append('\n');
            entries.subList(0, shown).forEach(e -> sb.append(view.markdown(e)));
            if (shown < entries.size()) {
              sb.append('\n')
                  .append(
                      Paging.didNotFit(
                          shown,
                          entries.size(),
                          "entries",
                          "The totals cover all of them; use response_format=json for a compact"
                              + " form"));
            }
            return sb.toString();
          }

          @Override
          public Map<String, Object> structured(int shown) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ticket_id", t.id());
            m.put("display_id", t.displayId());
            m.put("totals", TimeTrackView.totals(entries));
            m.put(
                "entries",
                entries.subList(0, shown).stream().map(e -> (Object) view.structured(e)).toList());
            m.put("entries_shown", shown);
            return m;
          }
        });
  }
}
