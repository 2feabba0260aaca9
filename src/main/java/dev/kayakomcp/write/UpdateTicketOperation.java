package dev.kayakomcp.write;

import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.format.Times;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * Changes to one ticket's fields (Kayako's write names: {@code departmentid}, {@code
 * ticketstatusid}, {@code ticketpriorityid}, {@code tickettypeid}, {@code ownerstaffid}, {@code
 * subject}). Kayako ignores invalid values without a word, so the re-read reports each field as
 * changed or not. Sending the same update twice leaves the same state, so it has no duplicate
 * window; identical updates in flight at once still collapse into one. A bulk update submits one of
 * these per ticket.
 *
 * @param ticket the ticket as read before sending
 * @param fields the form fields to send, all already resolved to valid ids
 */
public record UpdateTicketOperation(
    String tool,
    Ticket ticket,
    Map<String, String> fields,
    Directory directory,
    Map<String, String> auditFields)
    implements WriteOperation {

  public UpdateTicketOperation {
    fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    auditFields = Map.copyOf(auditFields);
  }

  @Override
  public String target() {
    return ticket.displayId();
  }

  @Override
  public String idempotencyKey() {
    return "update|" + ticket.id() + "|" + new TreeMap<>(fields);
  }

  @Override
  public String duplicateKey() {
    return null;
  }

  @Override
  public boolean idempotent() {
    return true;
  }

  @Override
  public Optional<Landed> alreadyInKayako(KayakoClient client, Instant since) {
    return Optional.empty();
  }

  @Override
  public int send(KayakoClient client) {
    return client.updateTicket(ticket.id(), fields).id();
  }

  /**
   * The re-read ticket, field by field. After a lost answer it counts as landed only when some
   * field that was to change did.
   */
  @Override
  public Optional<Landed> find(KayakoClient client, int id) {
    Ticket after = client.ticket(ticket.id());
    Map<String, Object> confirmed = new LinkedHashMap<>();
    List<String> unchanged = new ArrayList<>();
    int[] changedAsAsked = {0};
    IntFunction<String> owner = o -> o == 0 ? "unassigned" : directory.staffName(o);
    Check c =
        (field, label, read, name) -> {
          if (!fields.containsKey(field)) {
            return;
          }
          int wanted = Integer.parseInt(fields.get(field));
          int was = read.applyAsInt(ticket);
          int now = read.applyAsInt(after);
          if (now == wanted) {
            changedAsAsked[0] += was != now ? 1 : 0;
            confirmed.put(label, (was == now ? "" : name.apply(was) + " → ") + name.apply(now));
          } else {
            unchanged.add(label + " (still " + name.apply(now) + ")");
          }
        };
    c.check("departmentid", "department", Ticket::departmentId, directory::departmentName);
    c.check("ticketstatusid", "status", Ticket::statusId, directory::statusName);
    c.check("ticketpriorityid", "priority", Ticket::priorityId, directory::priorityName);
    c.check("tickettypeid", "type", Ticket::typeId, directory::typeName);
    c.check("ownerstaffid", "owner", Ticket::ownerStaffId, owner);
    if (fields.containsKey("subject")) {
      if (after.subject().equals(fields.get("subject"))) {
        changedAsAsked[0] += ticket.subject().equals(after.subject()) ? 0 : 1;
        confirmed.put("subject", after.subject());
      } else {
        unchanged.add("subject");
      }
    }
    confirmed.put("last_activity", Times.iso(after.lastActivity()));
    boolean asAsked = unchanged.isEmpty() || changedAsAsked[0] > 0;
    if (id == 0 && !asAsked) {
      return Optional.empty();
    }
    return Optional.of(new Landed(after.id(), "ticket " + after.displayId(), confirmed, unchanged));
  }

  @Override
  public String howToCheck() {
    return "kayako_get_ticket ticket_id="
        + ticket.displayId()
        + ": compare the fields with the update";
  }

  private interface Check {
    void check(String field, String label, ToIntFunction<Ticket> read, IntFunction<String> name);
  }
}
