package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.NewTimeTrack;
import dev.kayakomcp.format.Times;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TimeTrack;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/** {@code kayako_log_time}: a time-tracking entry (worked and billable time) on a ticket. */
public final class LogTimeTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      WriteDefinitions.write(
          "kayako_log_time",
          "Log time on a ticket",
          "Record time worked (and billable, default the same) on a ticket as the configured staff"
              + " member, with a note. Durations like 90 (minutes), 45m, 1h30m, 1.5h. work_date:"
              + " ISO-8601, default now. dry_run=true previews. Returns the confirmed entry.",
          WriteDefinitions.common(
                  Schema.object()
                      .string("ticket_id", "Numeric ticket id or display id.")
                      .string("time_spent", "Time worked, e.g. 45m or 1h30m.")
                      .string("time_billable", "Billable time; default: the time worked.")
                      .string("note", "What the time was spent on.")
                      .string("work_date", "When the work was done (ISO-8601); default now."))
              .required("ticket_id", "time_spent", "note")
              .build(),
          false,
          false);

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    String ticketRef = args.requiredString("ticket_id");
    long spent = Durations.parseSeconds("time_spent", args.requiredString("time_spent"));
    long billable =
        args.has("time_billable")
            ? Durations.parseSeconds("time_billable", args.string("time_billable", ""))
            : spent;
    String note = args.requiredString("note");
    long workDate = workDate(args, context);
    ResponseFormat format = args.format();
    int staffId = context.writes().settings().staffId();
    Ticket ticket = context.client().ticket(ticketRef);
    Directory directory = context.directory();
    WriteAnswer answer =
        new WriteAnswer(DEFINITION.name())
            .ticket(ticket.id(), ticket.displayId())
            .headline("Time on " + ticket.displayId() + ": " + Durations.print(spent));
    answer.sent("ticketid", ticket.id() + " (" + ticket.displayId() + ")");
    answer.sent("staffid", staffId + " (" + directory.staffName(staffId) + ")");
    answer.sent("timespent", spent + " (" + Durations.print(spent) + ")");
    answer.sent("timebillable", billable + " (" + Durations.print(billable) + ")");
    answer.sent("worktimeline", workDate + " (" + Times.iso(workDate) + ")");
    answer.sent("billtimeline", workDate + " (" + Times.iso(workDate) + ")");
    answer.sent("contents", note);
    if (!WriteGate.proceed(args, context, answer, false, "")) {
      context
          .writes()
          .audit()
          .record(DEFINITION.name(), ticket.displayId(), answer.sentFields(), answer.status().word);
      return answer.result(format);
    }
    TimeTrack added =
        context
            .client()
            .addTimeTrack(
                new NewTimeTrack(
                    ticket.id(), staffId, note, workDate, workDate, spent, billable, staffId, 1));
    List<TimeTrack> now = context.client().timeTracks(ticket.id());
    TimeTrack found = now.stream().filter(t -> t.id() == added.id()).findFirst().orElse(null);
    answer.confirmed("time_track_id", added.id());
    answer.confirmed("found_on_re_read", found != null);
    if (found != null) {
      answer.confirmed("time_worked", Durations.print(found.timeWorked()));
      answer.confirmed("time_billable", Durations.print(found.timeBillable()));
      answer.confirmed("worker", found.workerStaffName());
    }
    context
        .writes()
        .audit()
        .record(
            DEFINITION.name(),
            ticket.displayId(),
            answer.sentFields(),
            "logged time track " + added.id());
    return answer
        .status(found != null ? WriteAnswer.Status.DONE : WriteAnswer.Status.FAILED)
        .result(format);
  }

  private static long workDate(ToolArgs args, ToolContext context) {
    if (!args.has("work_date")) {
      return context.clock().instant().getEpochSecond();
    }
    String v = args.string("work_date", "");
    try {
      return Instant.parse(v).getEpochSecond();
    } catch (DateTimeParseException e) {
      try {
        return java.time.LocalDate.parse(v).atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond();
      } catch (DateTimeParseException e2) {
        throw new ToolArgumentException(
            "'work_date' must be ISO-8601 like 2026-03-04 or 2026-03-04T15:30:00Z, not '"
                + v
                + "'.");
      }
    }
  }
}
