package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.NewTimeTrack;
import dev.kayakomcp.format.Durations;
import dev.kayakomcp.format.Times;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.write.TimeEntryOperation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** {@code kayako_log_time}: a time-tracking entry (worked and billable time) on a ticket. */
public final class LogTimeTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      WriteDefinitions.write(
          "kayako_log_time",
          "Log time on a ticket",
          "Record time worked (and billable, default the same) on a ticket as the configured staff"
              + " member, with a note. Durations like 90 (minutes), 45m, 1h30m, 1.5h. work_date:"
              + " ISO-8601, default now. dry_run=true previews. The same time and note on the same"
              + " ticket within 10 minutes is refused unless allow_duplicate=true. Returns the"
              + " confirmed entry.",
          WriteDefinitions.common(
                  WriteDefinitions.allowDuplicate(
                      Schema.object()
                          .string("ticket_id", "Numeric ticket id or display id.")
                          .string("time_spent", "Time worked, e.g. 45m or 1h30m.")
                          .string("time_billable", "Billable time; default: the time worked.")
                          .string("note", "What the time was spent on.")
                          .string("work_date", "When the work was done (ISO-8601); default now."),
                      "the same time and note went to this ticket"))
              .required("ticket_id", "time_spent", "note")
              .build(),
          false,
          false);

  /** The arguments, parsed once; times in seconds, the work date in Unix seconds. */
  record Args(
      TicketRef ticketRef,
      long spent,
      long billable,
      String note,
      long workDate,
      boolean workDateGiven,
      WriteOptions options) {

    static Args parse(ToolArgs args, Clock clock) {
      long spent = DurationArgument.parseSeconds("time_spent", args.requiredString("time_spent"));
      long billable =
          args.has("time_billable")
              ? DurationArgument.parseSeconds("time_billable", args.string("time_billable", ""))
              : spent;
      return new Args(
          TicketRef.parse("ticket_id", args.requiredString("ticket_id")),
          spent,
          billable,
          args.requiredString("note"),
          args.has("work_date")
              ? workDate(args.string("work_date", ""))
              : clock.instant().getEpochSecond(),
          args.has("work_date"),
          WriteOptions.parse(args));
    }

    private static long workDate(String v) {
      try {
        return Instant.parse(v).getEpochSecond();
      } catch (DateTimeParseException e) {
        try {
          return LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        } catch (DateTimeParseException e2) {
          throw new ToolArgumentException(
              "'work_date' must be ISO-8601 like 2026-03-04 or 2026-03-04T15:30:00Z, not '"
                  + v
                  + "'.");
        }
      }
    }
  }

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    Args a = Args.parse(args, context.clock());
    int staffId = context.writes().settings().staffId();
    LoadedTicket loaded = context.tickets().load(a.ticketRef(), TicketParts.TICKET);
    Ticket ticket = loaded.ticket();
    Directory directory = context.directory();
    WriteAnswer answer =
        new WriteAnswer(DEFINITION.name())
            .on(loaded)
            .headline("Time on " + ticket.displayId() + ": " + Durations.human(a.spent()));
    answer.sent("ticketid", ticket.id() + " (" + ticket.displayId() + ")");
    answer.sent("staffid", staffId + " (" + directory.staffName(staffId) + ")");
    answer.sent("timespent", a.spent() + " (" + Durations.human(a.spent()) + ")");
    answer.sent("timebillable", a.billable() + " (" + Durations.human(a.billable()) + ")");
    answer.sent("worktimeline", a.workDate() + " (" + Times.iso(a.workDate()) + ")");
    answer.sent("billtimeline", a.workDate() + " (" + Times.iso(a.workDate()) + ")");
    answer.sent("contents", a.note());
    NewTimeTrack entry =
        new NewTimeTrack(
            ticket.id(),
            staffId,
            a.note(),
            a.workDate(),
            a.workDate(),
            a.spent(),
            a.billable(),
            staffId,
            1);
    TimeEntryOperation op =
        new TimeEntryOperation(
            DEFINITION.name(), ticket, entry, a.workDateGiven(), answer.sentFields());
    return WriteFlow.run(context, a.options(), op, answer, null);
  }
}
