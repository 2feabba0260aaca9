package dev.kayakomcp.write;

import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.client.TicketQuery;
import dev.kayakomcp.format.Times;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * A new ticket from Kayako's create form fields ({@code subject}, {@code email}, {@code
 * departmentid}, {@code ticketstatusid}, …, {@code staffid}). The same customer e-mail and subject
 * within the window is a duplicate. A lost create is found among the department's newest tickets; a
 * ticket created as staff without {@code type=phone} carries the staff member's address, so either
 * address counts.
 */
public final class CreateTicketOperation implements WriteOperation {

  /** How many of the department's newest tickets are read to find a lost or duplicate create. */
  private static final int NEWEST = 20;

  private final String tool;
  private final Map<String, String> fields;
  private final String staffEmail;
  private final Directory directory;
  private final Map<String, String> auditFields;

  /** The department's newest tickets before sending, read once (duplicate check or prepare). */
  private final AtomicReference<List<Ticket>> newestBefore = new AtomicReference<>();

  /**
   * @param fields Kayako's create form fields, names already resolved to valid ids
   * @param staffEmail the address of the staff member the ticket is created as
   */
  public CreateTicketOperation(
      String tool,
      Map<String, String> fields,
      String staffEmail,
      Directory directory,
      Map<String, String> auditFields) {
    this.tool = tool;
    this.fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    this.staffEmail = staffEmail;
    this.directory = directory;
    this.auditFields = Map.copyOf(auditFields);
  }

  @Override
  public String tool() {
    return tool;
  }

  @Override
  public Map<String, String> auditFields() {
    return auditFields;
  }

  @Override
  public String target() {
    return "new";
  }

  @Override
  public String idempotencyKey() {
    return "create|" + new java.util.TreeMap<>(fields);
  }

  @Override
  public String duplicateKey() {
    return "create|" + email(fields.get("email")) + "|" + SameText.normalise(fields.get("subject"));
  }

  /** Read once per operation: the duplicate check before asking and the one before sending. */
  @Override
  public Optional<Landed> alreadyInKayako(KayakoClient client, Instant since) {
    List<Ticket> newest = newestBefore.updateAndGet(l -> l != null ? l : newest(client));
    return newest.stream()
        .filter(t -> t.creationTime() >= since.getEpochSecond() && matches(t))
        .findFirst()
        .map(this::landed);
  }

  /** Reads the department's newest tickets first, so a lost create can be told from them. */
  @Override
  public void prepare(KayakoClient client) {
    newestBefore.updateAndGet(l -> l != null ? l : newest(client));
  }

  @Override
  public int send(KayakoClient client) {
    return client.createTicket(fields).id();
  }

  @Override
  public Optional<Landed> find(KayakoClient client, int id) {
    if (id > 0) {
      return Optional.of(landed(client.ticket(id)));
    }
    Set<Integer> known = newestBefore.get().stream().map(Ticket::id).collect(Collectors.toSet());
    return newest(client).stream()
        .filter(t -> !known.contains(t.id()) && matches(t))
        .findFirst()
        .map(this::landed);
  }

  @Override
  public String howToCheck() {
    return "kayako_list_tickets department_id="
        + fields.get("departmentid")
        + " sort_field=dateline sort_order=desc: look for the subject '"
        + fields.get("subject")
        + "'";
  }

  private boolean matches(Ticket t) {
    String e = email(t.email());
    return SameText.normalise(t.subject()).equals(SameText.normalise(fields.get("subject")))
        && (e.equals(email(fields.get("email"))) || e.equals(email(staffEmail)));
  }

  private List<Ticket> newest(KayakoClient client) {
    List<Integer> statuses = new ArrayList<>();
    directory.statuses().forEach(s -> statuses.add(s.id()));
    TicketQuery q =
        new TicketQuery(
            List.of(Integer.parseInt(fields.get("departmentid"))),
            statuses,
            List.of(),
            List.of(),
            NEWEST,
            0,
            "dateline",
            TicketQuery.SortOrder.DESC);
    return client.listTickets(q);
  }

  private Landed landed(Ticket t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("ticket_id", t.id());
    m.put("display_id", t.displayId());
    m.put("department", directory.departmentName(t.departmentId()));
    m.put("status", directory.statusName(t.statusId()));
    m.put("priority", directory.priorityName(t.priorityId()));
    m.put("type", directory.typeName(t.typeId()));
    m.put("owner", t.ownerStaffId() == 0 ? "unassigned" : directory.staffName(t.ownerStaffId()));
    m.put("customer", t.fullName() + " <" + t.email() + ">");
    m.put("created_at", Times.iso(t.creationTime()));
    List<String> unchanged = new ArrayList<>();
    if (t.statusId() != Integer.parseInt(fields.get("ticketstatusid"))) {
      unchanged.add("status (Kayako set " + directory.statusName(t.statusId()) + ")");
    }
    if (fields.containsKey("ownerstaffid")
        && t.ownerStaffId() != Integer.parseInt(fields.get("ownerstaffid"))) {
      unchanged.add("owner");
    }
    return new Landed(t.id(), "ticket " + t.displayId(), m, unchanged);
  }

  private static String email(String e) {
    return e == null ? "" : e.strip().toLowerCase(Locale.ROOT);
  }
}
