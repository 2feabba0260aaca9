package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.KayakoTransportException;
import dev.kayakomcp.format.Times;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * {@code kayako_update_ticket}: status, priority, owner, department, type or subject, by name or
 * id. Kayako ignores invalid update values without a word, so every field is re-read and reported
 * as changed or not.
 */
public final class UpdateTicketTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      WriteDefinitions.write(
          "kayako_update_ticket",
          "Update a ticket",
          "Change a ticket's status, priority, owner, department, type or subject; values by name"
              + " (\"Resolved\", \"Dana Whitfield\", \"unassigned\") or id. A status change needs the"
              + " user's confirmation (asked in the client, or confirm=true after they agreed);"
              + " dry_run=true previews. Reports the state Kayako confirms and any field it did"
              + " not change.",
          WriteDefinitions.common(
                  Schema.object()
                      .string("ticket_id", "Numeric ticket id or display id.")
                      .string("status", "New status, by name or id.")
                      .string("priority", "New priority, by name or id.")
                      .string(
                          "owner", "New owner: staff name, username, e-mail or id; \"unassigned\".")
                      .string("department", "New department, by name or id (ticket departments).")
                      .string("type", "New ticket type, by name or id.")
                      .string("subject", "New subject.")
                      .bool("confirm", "The user has approved this status change.", false))
              .required("ticket_id")
              .build(),
          true,
          true);

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    String ticketRef = args.requiredString("ticket_id");
    ResponseFormat format = args.format();
    Ticket ticket = context.client().ticket(ticketRef);
    Directory directory = context.directory();
    NameResolver names = new NameResolver(directory);
    int department =
        args.has("department")
            ? names.department(args.string("department", ""))
            : ticket.departmentId();

    Map<String, String> fields = new LinkedHashMap<>();
    WriteAnswer answer = new WriteAnswer(DEFINITION.name()).ticket(ticket.id(), ticket.displayId());
    answer.headline("Update " + ticket.displayId() + ": " + ticket.subject());
    if (args.has("department")) {
      put(fields, answer, "departmentid", department, directory.departmentName(department));
    }
    if (args.has("status")) {
      int s = names.status(args.string("status", ""), department);
      put(fields, answer, "ticketstatusid", s, directory.statusName(s));
    }
    if (args.has("priority")) {
      int p = names.priority(args.string("priority", ""));
      put(fields, answer, "ticketpriorityid", p, directory.priorityName(p));
    }
    if (args.has("type")) {
      int t = names.type(args.string("type", ""), department);
      put(fields, answer, "tickettypeid", t, directory.typeName(t));
    }
    if (args.has("owner")) {
      int o = names.owner(args.string("owner", ""));
      put(fields, answer, "ownerstaffid", o, o == 0 ? "unassigned" : directory.staffName(o));
    }
    if (args.has("subject")) {
      String subject = args.string("subject", "");
      if (subject.length() > 255) {
        throw new ToolArgumentException(
            "'subject' may be at most 255 characters (Kayako's limit).");
      }
      fields.put("subject", subject);
      answer.sent("subject", subject);
    }
    if (fields.isEmpty()) {
      throw new ToolArgumentException(
          "Nothing to change: give at least one of status, priority, owner, department, type,"
              + " subject.");
    }
    boolean statusChange =
        fields.containsKey("ticketstatusid")
            && Integer.parseInt(fields.get("ticketstatusid")) != ticket.statusId();
    String question =
        "Change "
            + ticket.displayId()
            + " ("
            + ticket.subject()
            + "): "
            + String.join(
                "; ",
                answer.sentFields().entrySet().stream()
                    .map(e -> e.getKey() + " → " + e.getValue())
                    .toList())
            + "?";
    if (!WriteGate.proceed(args, context, answer, statusChange, question)) {
      context
          .writes()
          .audit()
          .record(DEFINITION.name(), ticket.displayId(), answer.sentFields(), answer.status().word);
      return answer.result(format);
    }

    try {
      context.client().updateTicket(ticket.id(), fields);
    } catch (KayakoTransportException e) {
      // The update may have been applied; the re-read below tells which fields took effect.
      answer.note(
          "Kayako did not answer the update ("
              + e.getMessage()
              + "); the state below is"
              + " what re-reading the ticket shows.");
    }
    Ticket after = context.client().ticket(String.valueOf(ticket.id()));
    check(
        answer,
        fields,
        "departmentid",
        "department",
        after,
        Ticket::departmentId,
        ticket,
        directory::departmentName);
    check(
        answer,
        fields,
        "ticketstatusid",
        "status",
        after,
        Ticket::statusId,
        ticket,
        directory::statusName);
    check(
        answer,
        fields,
        "ticketpriorityid",
        "priority",
        after,
        Ticket::priorityId,
        ticket,
        directory::priorityName);
    check(
        answer, fields, "tickettypeid", "type", after, Ticket::typeId, ticket, directory::typeName);
    check(
        answer,
        fields,
        "ownerstaffid",
        "owner",
        after,
        Ticket::ownerStaffId,
        ticket,
        id -> id == 0 ? "unassigned" : directory.staffName(id));
    if (fields.containsKey("subject")) {
      if (after.subject().equals(fields.get("subject"))) {
        answer.confirmed("subject", after.subject());
      } else {
        answer.unchanged("subject");
      }
    }
    answer.confirmed("last_activity", Times.iso(after.lastActivity()));
    context
        .writes()
        .audit()
        .record(
            DEFINITION.name(),
            ticket.displayId(),
            answer.sentFields(),
            "updated"
                + (answer
                        .render(ResponseFormat.JSON)
                        .structured()
                        .get("unchanged_fields")
                        .toString()
                        .equals("[]")
                    ? ""
                    : " with unchanged fields"));
    return answer.status(WriteAnswer.Status.DONE).result(format);
  }

  private static void put(
      Map<String, String> fields, WriteAnswer answer, String field, int id, String name) {
    fields.put(field, String.valueOf(id));
    answer.sent(field, id + " (" + name + ")");
  }

  private static void check(
      WriteAnswer answer,
      Map<String, String> fields,
      String field,
      String label,
      Ticket after,
      ToIntFunction<Ticket> read,
      Ticket before,
      java.util.function.IntFunction<String> name) {
    if (!fields.containsKey(field)) {
      return;
    }
    int wanted = Integer.parseInt(fields.get(field));
    int now = read.applyAsInt(after);
    if (now == wanted) {
      int was = read.applyAsInt(before);
      answer.confirmed(label, (was == now ? "" : name.apply(was) + " → ") + name.apply(now));
    } else {
      answer.unchanged(label + " (still " + name.apply(now) + ")");
    }
  }
}
