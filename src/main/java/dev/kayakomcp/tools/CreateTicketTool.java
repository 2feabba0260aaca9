package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.write.CreateTicketOperation;
import java.util.LinkedHashMap;
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
              + " previews. A ticket with the same customer e-mail and subject within 10 minutes is"
              + " refused unless allow_duplicate=true. Returns the confirmed ticket with its"
              + " display id.",
          WriteDefinitions.common(
                  WriteDefinitions.allowDuplicate(
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
                              false),
                      "a ticket with this customer e-mail and subject was created"))
              .required("subject", "contents", "customer_email", "customer_name", "department")
              .build(),
          false,
          false);

  /** The arguments, parsed once; names (department, status, …) are resolved later. */
  record Args(
      String subject,
      String contents,
      String email,
      String name,
      String department,
      String status,
      String priority,
      String type,
      String owner,
      boolean notifyCustomer,
      WriteOptions options) {

    static Args parse(ToolArgs args) {
      String subject = args.requiredString("subject");
      if (subject.length() > 255) {
        throw new ToolArgumentException(
            "'subject' may be at most 255 characters (Kayako's limit).");
      }
      String email = args.requiredString("customer_email");
      if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 150) {
        throw new ToolArgumentException(
            "'customer_email' must be an e-mail address, not '" + email + "'.");
      }
      return new Args(
          subject,
          args.requiredString("contents"),
          email,
          args.requiredString("customer_name"),
          args.requiredString("department"),
          args.string("status", null),
          args.string("priority", null),
          args.string("type", null),
          args.string("owner", null),
          args.bool("notify_customer", false),
          WriteOptions.parse(args));
    }
  }

  @Override
  public ToolDefinition definition() {
    return DEFINITION;
  }

  @Override
  public ToolResult call(ToolArgs args, ToolContext context) throws KayakoApiException {
    Args a = Args.parse(args);
    int staffId = context.writes().settings().staffId();
    Directory directory = context.directory();
    NameResolver names = new NameResolver(directory);
    int department = names.department(a.department());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("subject", a.subject());
    fields.put("fullname", a.name());
    fields.put("email", a.email());
    fields.put("contents", a.contents());
    fields.put("departmentid", String.valueOf(department));
    fields.put("ticketstatusid", String.valueOf(names.statusOrDefault(a.status(), department)));
    fields.put("ticketpriorityid", String.valueOf(names.priorityOrDefault(a.priority())));
    fields.put("tickettypeid", String.valueOf(names.typeOrDefault(a.type(), department)));
    fields.put("staffid", String.valueOf(staffId));
    if (!a.notifyCustomer()) {
      fields.put("type", "phone");
    }
    if (a.owner() != null) {
      fields.put("ownerstaffid", String.valueOf(names.owner(a.owner())));
    }
    WriteAnswer answer = new WriteAnswer(DEFINITION.name()).headline("New ticket: " + a.subject());
    fields.forEach((k, v) -> answer.sent(k, gloss(k, v, directory)));
    String staffEmail =
        directory.staffMembers().stream()
            .filter(s -> s.id() == staffId)
            .map(s -> s.email())
            .findFirst()
            .orElse("");
    CreateTicketOperation op =
        new CreateTicketOperation(
            DEFINITION.name(), fields, staffEmail, directory, answer.sentFields());
    return WriteFlow.run(context, a.options(), op, answer, null);
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
}
