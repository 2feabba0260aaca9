package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.http.ApiRequest;
import dev.kayakomcp.emulator.http.ApiResponse;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.xml.XmlWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Tickets/TicketCount (§2.10, §3.13): dashboard counters computed from the tickets. */
final class TicketCountController implements Controller {

  private final Context ctx;

  TicketCountController(Context ctx) {
    this.ctx = ctx;
  }

  /** One counter: items, unresolved items and the latest activity. */
  private static final class Counter {
    int total;
    int unresolved;
    long lastActivity;

    void add(Ticket t, boolean resolved) {
      total++;
      if (!resolved) {
        unresolved++;
      }
      lastActivity = Math.max(lastActivity, t.lastActivity());
    }
  }

  /** Counters of one department. */
  private static final class DepartmentCounters {
    final Counter all = new Counter();
    final Map<Integer, Counter> statuses = new TreeMap<>();
    final Map<Integer, Counter> types = new TreeMap<>();
    final Map<Integer, Counter> owners = new TreeMap<>();
  }

  @Override
  public ApiResponse getList(ApiRequest r) {
    return ctx.read(() -> ApiResponse.xml(document(ctx.helpdesk())));
  }

  @Override
  public ApiResponse get(List<String> args, ApiRequest r) {
    return getList(r);
  }

  private static String document(Helpdesk h) {
    Map<Integer, DepartmentCounters> departments = new TreeMap<>();
    Map<Integer, Counter> statuses = new TreeMap<>();
    Map<Integer, Counter> owners = new TreeMap<>();
    Map<Integer, Counter> unassigned = new TreeMap<>();
    for (Ticket t : h.tickets.values()) {
      boolean resolved = TicketFilter.resolved(h, t);
      DepartmentCounters d =
          departments.computeIfAbsent(t.departmentId(), k -> new DepartmentCounters());
      d.all.add(t, resolved);
      d.statuses.computeIfAbsent(t.statusId(), k -> new Counter()).add(t, resolved);
      d.types.computeIfAbsent(t.typeId(), k -> new Counter()).add(t, resolved);
      d.owners.computeIfAbsent(t.ownerStaffId(), k -> new Counter()).add(t, resolved);
      statuses.computeIfAbsent(t.statusId(), k -> new Counter()).add(t, resolved);
      if (t.ownerStaffId() > 0) {
        owners.computeIfAbsent(t.ownerStaffId(), k -> new Counter()).add(t, resolved);
      } else {
        unassigned.computeIfAbsent(t.departmentId(), k -> new Counter()).add(t, resolved);
      }
    }
    XmlWriter w = XmlWriter.document("ticketcount");
    w.open("departments");
    departments.forEach(
        (id, d) -> {
          w.open("department", "id", id);
          w.element("totalitems", d.all.total);
          w.element("lastactivity", d.all.lastActivity);
          w.element("totalunresolveditems", d.all.unresolved);
          d.statuses.forEach((sid, c) -> status(w, sid, c));
          d.types.forEach((tid, c) -> full(w, "tickettype", tid, c));
          d.owners.forEach((oid, c) -> full(w, "ownerstaff", oid, c));
          w.close("department");
        });
    w.close("departments");
    w.comment("Ticket Count grouped by Status");
    w.open("statuses");
    statuses.forEach((sid, c) -> status(w, sid, c));
    w.close("statuses");
    w.comment("Ticket Count grouped by Owner Staff");
    w.open("owners");
    owners.forEach((oid, c) -> full(w, "ownerstaff", oid, c));
    w.close("owners");
    w.comment("Unassigned Ticket Count grouped by Department");
    w.open("unassigned");
    unassigned.forEach((did, c) -> full(w, "department", did, c));
    w.close("unassigned");
    return w.finish("ticketcount");
  }

  private static void status(XmlWriter w, int id, Counter c) {
    w.elementWithAttributes(
        "ticketstatus", "", "id", id, "lastactivity", c.lastActivity, "totalitems", c.total);
  }

  private static void full(XmlWriter w, String element, int id, Counter c) {
    w.elementWithAttributes(
        element,
        "",
        "id",
        id,
        "lastactivity",
        c.lastActivity,
        "totalitems",
        c.total,
        "totalunresolveditems",
        c.unresolved);
  }
}
