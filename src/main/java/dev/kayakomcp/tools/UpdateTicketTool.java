package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.write.UpdateTicketOperation;
import java.util.LinkedHashMap;
import java.util.Map;

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

  /** The arguments, parsed once; null fields stay as they are. */
  record Args(
      TicketRef ticketRef,
      String status,
      String priority,
      String owner,
      String department,
      String type,
      String subject,
      WriteOptions options) {

    static Args parse(ToolArgs args) {
      Args a =
          new Args(
              TicketRef.parse("ticket_id", args.requiredString("ticket_id")),
              args.string("status", null),
              args.string("priority", null),
              args.string("owner", null),
              args.string("department", null),
              args.string("type", null),
              args.string("subject", null),
              WriteOptions.parse(args));
      if (a.subject() != null && a.subject().length() > 255) {
        throw new ToolArgumentException(
            "'subject' may be at most 255 characters (Kayako's limit).");
      }
      if (a.status() == null
          && a.priority() == null
          && a.owner() == null
          && a.department() == null
          && a.type() == null
          && a.subject() == null) {
        throw new ToolArgumentException(
            "Nothing to change: give at least one of status, priority, owner, department, type,"
                + " subject.");
      }
      return a;
    }
  }

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    Args a = Args.parse(args);
    LoadedTicket loaded = context.tickets().load(a.ticketRef(), TicketParts.TICKET);
    Ticket ticket = loaded.ticket();
    Directory directory = context.directory();
    NameResolver names = new NameResolver(directory);
    int department =
        a.department() != null ? names.department(a.department()) : ticket.departmentId();
    Map<String, String> fields = new LinkedHashMap<>();
    WriteAnswer answer =
        new WriteAnswer(DEFINITION.name())
            .on(loaded)
            .headline("Update " + ticket.displayId() + ": " + ticket.subject());
    if (a.department() != null) {
      put(fields, answer, "departmentid", department, directory.departmentName(department));
    }
    if (a.status() != null) {
      int s = names.status(a.status(), department);
      put(fields, answer, "ticketstatusid", s, directory.statusName(s));
    }
    if (a.priority() != null) {
      int p = names.priority(a.priority());
      put(fields, answer, "ticketpriorityid", p, directory.priorityName(p));
    }
    if (a.type() != null) {
      int t = names.type(a.type(), department);
      put(fields, answer, "tickettypeid", t, directory.typeName(t));
    }
    if (a.owner() != null) {
      int o = names.owner(a.owner());
      put(fields, answer, "ownerstaffid", o, o == 0 ? "unassigned" : directory.staffName(o));
    }
    if (a.subject() != null) {
      fields.put("subject", a.subject());
      answer.sent("subject", a.subject());
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
    UpdateTicketOperation op =
        new UpdateTicketOperation(
            DEFINITION.name(), ticket, fields, directory, answer.sentFields());
    return WriteFlow.run(context, a.options(), op, answer, statusChange ? question : null);
  }

  private static void put(
      Map<String, String> fields, WriteAnswer answer, String field, int id, String name) {
    fields.put(field, String.valueOf(id));
    answer.sent(field, id + " (" + name + ")");
  }
}
