package dev.kayakomcp.emulator.api;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TicketPriority;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.model.TicketType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * ListAll / GetTicketCount filtering (§2.3): department list, status list with the "unresolved"
 * default (including the server's literal id-versus-department bug), owner and user lists, then the
 * whitelisted sort and LIMIT/OFFSET paging.
 */
final class TicketFilter {

  private static final Comparator<Ticket> BY_ID = Comparator.comparingInt(Ticket::id);

  private TicketFilter() {}

  /** Tickets matching segments 1-4 ({@code departmentid, status, owner, user}), by ticket id. */
  static List<Ticket> match(Helpdesk h, List<String> segments) {
    List<Integer> departments = new ArrayList<>();
    for (int id : Support.csvIds(segment(segments, 0, ""))) {
      Department d = h.departments.get(id);
      if (d != null && !departments.contains(id)) {
        departments.add(id);
      }
    }
    if (departments.isEmpty()) {
      return List.of();
    }
    Set<Integer> statuses = new HashSet<>();
    for (int id : Support.csvIds(segment(segments, 1, "-1"))) {
      TicketStatus s = h.statuses.get(id);
      if (s != null && (s.departmentId() == 0 || departments.contains(s.departmentId()))) {
        statuses.add(id);
      }
    }
    if (statuses.isEmpty()) {
      // The server's substitute: unresolved global statuses, plus unresolved statuses whose own
      // id equals a requested department id (it compares the wrong column).
      for (TicketStatus s : h.statuses.values()) {
        if (!s.markAsResolved() && (s.departmentId() == 0 || departments.contains(s.id()))) {
          statuses.add(s.id());
        }
      }
    }
    Set<Integer> owners = optionalIds(segment(segments, 2, "-1"));
    Set<Integer> users = optionalIds(segment(segments, 3, "-1"));
    List<Ticket> out = new ArrayList<>();
    for (Ticket t : h.tickets.values()) {
      if (departments.contains(t.departmentId())
          && statuses.contains(t.statusId())
          && (owners == null || owners.contains(t.ownerStaffId()))
          && (users == null || users.contains(t.userId()))) {
        out.add(t);
      }
    }
    return out;
  }

  /** Sorts by a whitelisted field (case-insensitive), falling back to ticket id. */
  static void sort(Helpdesk h, List<Ticket> tickets, String field, String order) {
    Comparator<Ticket> key = comparator(h, field == null ? "" : field.toLowerCase(Locale.ROOT));
    boolean desc = order != null && order.equalsIgnoreCase("DESC");
    if (key == BY_ID) {
      // {@link #match} yields id order already: a 200,000-ticket helpdesk need not be sorted
      // again for every page.
      if (desc) {
        java.util.Collections.reverse(tickets);
      }
      return;
    }
    Comparator<Ticket> c = desc ? key.reversed() : key;
    // SQL leaves ties unordered; ticket id keeps pages stable.
    tickets.sort(c.thenComparingInt(Ticket::id));
  }

  /** SQL {@code LIMIT start, count}: count -1 or 0 means no limit (and then no offset). */
  static List<Ticket> page(List<Ticket> tickets, String countSegment, String startSegment) {
    int count = countSegment == null ? -1 : Support.rawId(countSegment);
    int start = startSegment == null ? 0 : Math.max(0, Support.rawId(startSegment));
    if (count <= 0) {
      return tickets;
    }
    if (start >= tickets.size()) {
      return List.of();
    }
    return tickets.subList(start, Math.min(tickets.size(), start + count));
  }

  private static Comparator<Ticket> comparator(Helpdesk h, String field) {
    Map<String, Comparator<Ticket>> whitelist =
        Map.ofEntries(
            Map.entry("ticketstatustitle", text(t -> title(h.statuses.get(t.statusId())))),
            Map.entry("departmenttitle", text(t -> dept(h, t.departmentId()))),
            Map.entry("userid", Comparator.comparingInt(Ticket::userId)),
            Map.entry("ownerstaffid", Comparator.comparingInt(Ticket::ownerStaffId)),
            Map.entry("dateline", Comparator.comparingLong(Ticket::creationTime)),
            Map.entry("totalreplies", Comparator.comparingInt(Ticket::replies)),
            Map.entry(
                "hasattachments", Comparator.comparing(t -> TicketStore.hasAttachments(h, t.id()))),
            Map.entry(
                "hasnotes",
                Comparator.comparing(
                    t -> !h.ticketNotes.getOrDefault(t.id(), List.of()).isEmpty())),
            Map.entry("lastactivity", Comparator.comparingLong(Ticket::lastActivity)),
            Map.entry("duetime", Comparator.comparingLong(Ticket::nextReplyDue)),
            Map.entry("creator", Comparator.comparingInt(Ticket::creator)),
            Map.entry("isphonecall", Comparator.comparing(t -> t.creationType() == 2)),
            Map.entry("isescalated", Comparator.comparing(Ticket::escalated)),
            Map.entry("hasfollowup", Comparator.comparingInt(t -> 0)),
            Map.entry("hasratings", Comparator.comparingInt(t -> 0)),
            Map.entry("islinked", Comparator.comparingInt(t -> 0)),
            Map.entry("tickettype", text(t -> typeTitle(h.types.get(t.typeId())))),
            Map.entry("tickettypetitle", text(t -> typeTitle(h.types.get(t.typeId())))),
            Map.entry("tickettypeid", Comparator.comparingInt(Ticket::typeId)),
            Map.entry("creationmode", Comparator.comparingInt(Ticket::creationMode)),
            Map.entry("resolutiondateline", Comparator.comparingLong(t -> resolvedAt(h, t))),
            Map.entry("isresolved", Comparator.comparing(t -> resolved(h, t))),
            Map.entry("iswatched", Comparator.comparing(t -> !t.watchers().isEmpty())),
            Map.entry("prioritytitle", text(t -> priority(h.priorities.get(t.priorityId())))),
            Map.entry("lastreplier", text(Ticket::lastReplier)));
    return whitelist.getOrDefault(field, BY_ID);
  }

  private static Comparator<Ticket> text(Function<Ticket, String> f) {
    return Comparator.comparing(t -> nz(f.apply(t)).toLowerCase(Locale.ROOT));
  }

  private static String segment(List<String> segments, int i, String fallback) {
    return i < segments.size() ? segments.get(i) : fallback;
  }

  /** An owner/user list; null when it is {@code -1} (no filter). */
  private static Set<Integer> optionalIds(String value) {
    List<Integer> ids = Support.csvIds(value);
    if (ids.isEmpty() || (ids.size() == 1 && ids.get(0) == -1)) {
      return null;
    }
    return new HashSet<>(ids);
  }

  static boolean resolved(Helpdesk h, Ticket t) {
    TicketStatus s = h.statuses.get(t.statusId());
    return s != null && s.markAsResolved();
  }

  private static long resolvedAt(Helpdesk h, Ticket t) {
    return resolved(h, t) ? t.lastActivity() : 0;
  }

  private static String title(TicketStatus s) {
    return s == null ? "" : s.title();
  }

  private static String typeTitle(TicketType t) {
    return t == null ? "" : t.title();
  }

  private static String priority(TicketPriority p) {
    return p == null ? "" : p.title();
  }

  private static String dept(Helpdesk h, int id) {
    Department d = h.departments.get(id);
    return d == null ? "" : d.title();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
