package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.KayakoTransportException;
import dev.kayakomcp.client.TicketQuery;
import dev.kayakomcp.format.Times;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TicketPriority;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.model.TicketType;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code kayako_create_ticket}: a new ticket created by the configured staff member on behalf of a
 * customer. Unless notify_customer is set it is recorded as a phone ticket, which Kayako does not
 * e-mail.
 */
public final class CreateTicketTool implements KayakoTool {

  private static final ToolDefinition DEFINITION =
      WriteDefinitions.write(
          "kayako_create_ticket",
          "Create a ticket",
          "Create a ticket for a customer (by e-mail and name) as the configured staff member."
              + " department, status, priority, type and owner by name or id (defaults: first open"
              + " status, Normal priority, first type). notify_customer=true lets Kayako e-mail the"
              + " message to the customer; otherwise it is recorded as a phone ticket. dry_run=true"
              + " previews. Returns the confirmed ticket with its display id.",
          WriteDefinitions.common(
                  Schema.object()
                      .string("subject", "Ticket subject (at most 255 characters).")
                      .string("contents", "The first message.")
                      .string("customer_email", "The customer's e-mail address.")
                      .string("customer_name", "The customer's full name.")
                      .string("department", "Department by name or id.")
                      .string("status", "Status by name or id; default the first open status.")
                      .string("priority", "Priority by name or id; default Normal.")
                      .string("type", "Ticket type by name or id; default the first type.")
                      .string("owner", "Owner: staff name, username, e-mail or id.")
                      .bool(
                          "notify_customer",
                          "Let Kayako e-mail the first message to the customer.",
                          false))
              .required("subject", "contents", "customer_email", "customer_name", "department")
              .build(),
          false,
          false);

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    String subject = args.requiredString("subject");
    if (subject.length() > 255) {
      throw new ToolArgumentException("'subject' may be at most 255 characters (Kayako's limit).");
    }
    String contents = args.requiredString("contents");
    String email = args.requiredString("customer_email");
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 150) {
      throw new ToolArgumentException(
          "'customer_email' must be an e-mail address, not '" + email + "'.");
    }
    String name = args.requiredString("customer_name");
    boolean notify = args.bool("notify_customer", false);
    ResponseFormat format = args.format();
    int staffId = context.writes().settings().staffId();
    Directory directory = context.directory();
    NameResolver names = new NameResolver(directory);
    int department = names.department(args.requiredString("department"));
    int status =
        args.has("status")
            ? names.status(args.string("status", ""), department)
            : defaultStatus(directory, department);
    int priority =
        args.has("priority")
            ? names.priority(args.string("priority", ""))
            : defaultPriority(directory);
    int type =
        args.has("type")
            ? names.type(args.string("type", ""), department)
            : defaultType(directory, department);

    Map<String, String> fields = new LinkedHashMap<>();
    WriteAnswer answer = new WriteAnswer(DEFINITION.name()).headline("New ticket: " + subject);
    fields.put("subject", subject);
    fields.put("fullname", name);
    fields.put("email", email);
    fields.put("contents", contents);
    fields.put("departmentid", String.valueOf(department));
    fields.put("ticketstatusid", String.valueOf(status));
    fields.put("ticketpriorityid", String.valueOf(priority));
    fields.put("tickettypeid", String.valueOf(type));
    fields.put("staffid", String.valueOf(staffId));
    if (!notify) {
      fields.put("type", "phone");
    }
    if (args.has("owner")) {
      fields.put("ownerstaffid", String.valueOf(names.owner(args.string("owner", ""))));
    }
    fields.forEach((k, v) -> answer.sent(k, gloss(k, v, directory)));
    if (!WriteGate.proceed(args, context, answer, false, "")) {
      context
          .writes()
          .audit()
          .record(DEFINITION.name(), null, answer.sentFields(), answer.status().word);
      return answer.result(format);
    }
    long sentAt = context.clock().instant().getEpochSecond();
    Ticket created;
    try {
      created = context.client().createTicket(fields);
    } catch (KayakoTransportException e) {
      created = findCreated(context, department, status, subject, sentAt);
      if (created == null) {
        context
            .writes()
            .audit()
            .record(
                DEFINITION.name(),
                null,
                answer.sentFields(),
                "not created (transport failure, re-read shows none)");
        return answer
            .status(WriteAnswer.Status.FAILED)
            .note(
                "Kayako did not answer ("
                    + e.getMessage()
                    + ") and the newest tickets of the"
                    + " department show no such ticket: it was not created. It is safe to try again.")
            .result(format);
      }
      answer.note(
          "Kayako did not answer in time, but the ticket was created (found by re-reading"
              + " the department's newest tickets). Do not create it again.");
    }
    Ticket after = context.client().ticket(String.valueOf(created.id()));
    answer.ticket(after.id(), after.displayId());
    answer.confirmed("display_id", after.displayId());
    answer.confirmed("department", directory.departmentName(after.departmentId()));
    answer.confirmed("status", directory.statusName(after.statusId()));
    answer.confirmed("priority", directory.priorityName(after.priorityId()));
    answer.confirmed("type", directory.typeName(after.typeId()));
    answer.confirmed(
        "owner",
        after.ownerStaffId() == 0 ? "unassigned" : directory.staffName(after.ownerStaffId()));
    answer.confirmed("customer", after.fullName() + " <" + after.email() + ">");
    answer.confirmed("created_at", Times.iso(after.creationTime()));
    if (after.statusId() != status) {
      answer.unchanged("status (Kayako set " + directory.statusName(after.statusId()) + ")");
    }
    if (fields.containsKey("ownerstaffid")
        && after.ownerStaffId() != Integer.parseInt(fields.get("ownerstaffid"))) {
      answer.unchanged("owner");
    }
    context
        .writes()
        .audit()
        .record(
            DEFINITION.name(),
            after.displayId(),
            answer.sentFields(),
            "created ticket " + after.id());
    return answer.status(WriteAnswer.Status.DONE).result(format);
  }

  /** The ticket a lost create made, if any: same subject, created just now. */
  private static Ticket findCreated(
      ToolContext context, int department, int status, String subject, long sentAt) {
    TicketQuery newest =
        new TicketQuery(
            List.of(department),
            List.of(status),
            List.of(),
            List.of(),
            20,
            0,
            "dateline",
            TicketQuery.SortOrder.DESC);
    return context.client().listTickets(newest).stream()
        .filter(t -> t.creationTime() >= sentAt - 120)
        // Created as staff, a non-phone ticket carries the staff member's address, not the
        // customer's.
        .filter(t -> t.subject().equals(subject))
        .findFirst()
        .orElse(null);
  }

  private static String gloss(String field, String value, Directory d) {
    return switch (field) {
      case "departmentid" -> value + " (" + d.departmentName(Integer.parseInt(value)) + ")";
      case "ticketstatusid" -> value + " (" + d.statusName(Integer.parseInt(value)) + ")";
      case "ticketpriorityid" -> value + " (" + d.priorityName(Integer.parseInt(value)) + ")";
      case "tickettypeid" -> value + " (" + d.typeName(Integer.parseInt(value)) + ")";
      case "staffid" -> value + " (" + d.staffName(Integer.parseInt(value)) + ")";
      case "ownerstaffid" ->
          value
              + " ("
              + (value.equals("0") ? "unassigned" : d.staffName(Integer.parseInt(value)))
              + ")";
      case "type" -> value + " (no e-mail to the customer)";
      default -> value;
    };
  }

  private static int defaultStatus(Directory d, int department) {
    return d.statuses().stream()
        .filter(
            s -> !s.markAsResolved() && (s.departmentId() == 0 || s.departmentId() == department))
        .min(Comparator.comparingInt(TicketStatus::displayOrder).thenComparingInt(TicketStatus::id))
        .map(TicketStatus::id)
        .orElseThrow(() -> new ToolArgumentException("No open status exists; pass status."));
  }

  private static int defaultPriority(Directory d) {
    return d.priorities().stream()
        .filter(p -> p.title().equalsIgnoreCase("normal"))
        .findFirst()
        .or(
            () ->
                d.priorities().stream().min(Comparator.comparingInt(TicketPriority::displayOrder)))
        .map(TicketPriority::id)
        .orElseThrow(() -> new ToolArgumentException("No priority exists; pass priority."));
  }

  private static int defaultType(Directory d, int department) {
    return d.types().stream()
        .filter(t -> t.departmentId() == 0 || t.departmentId() == department)
        .min(Comparator.comparingInt(TicketType::displayOrder).thenComparingInt(TicketType::id))
        .map(TicketType::id)
        .orElseThrow(() -> new ToolArgumentException("No ticket type exists; pass type."));
  }
}
