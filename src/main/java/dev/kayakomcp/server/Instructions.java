package dev.kayakomcp.server;

import dev.kayakomcp.format.Untrusted;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.tools.ToolContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The short orientation a client receives on {@code initialize}. */
final class Instructions {

  private static final Logger LOG = LoggerFactory.getLogger(Instructions.class);

  /** The orientation never grows beyond this. */
  static final int MAX_CHARS = 1_500;

  /** How long building a server waits for the lookups before using the static text. */
  private static final long LOOKUP_WAIT_MS = 3_000;

  private Instructions() {}

  static String text() {
    return """
        Kayako Classic helpdesk (read-only tools). Find tickets with kayako_search_tickets \
        (words, most relevant first) or kayako_list_tickets (department, status, owner, customer; \
        all departments and statuses by default; updated_since/created_since take ISO-8601 or \
        24h/7d). Read one with kayako_get_ticket (1042 or QXV-418-20573); \
        include=posts,notes,custom_fields,attachments,time returns the whole ticket in one call. \
        kayako_get_ticket_counts answers "how many"; kayako_ticket_themes "what are the common \
        issues"; kayako_find_similar_tickets "how did we answer this before"; \
        kayako_ticket_report volume, backlog and response times, exact, in one call; \
        kayako_needs_attention "what first". kayako_search_users, kayako_get_user and \
        kayako_list_staff find people. All times are UTC; list and search answers state the \
        current server time. Large results come in pages: each answer says how to get the rest. \
        Resources kayako://tickets/{ticket_id} and prompts (triage_queue, summarize_ticket, \
        draft_reply, weekly_report) are offered too. """
        + Untrusted.NOTICE;
  }

  /**
   * The static text plus the departments and statuses with their ids, so simple questions need no
   * lookup call. The lookups are fetched once (the client caches them for the tools too), wait at
   * most a few seconds, and any failure falls back to the static text: the server always starts.
   */
  static String text(ToolContext context) {
    String base = text();
    try {
      Future<List<Department>> departments =
          context.parallel().start(() -> context.client().departments());
      Future<List<TicketStatus>> statuses =
          context.parallel().start(() -> context.client().ticketStatuses());
      long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LOOKUP_WAIT_MS);
      List<String> d = new ArrayList<>();
      for (Department x : departments.get(LOOKUP_WAIT_MS, TimeUnit.MILLISECONDS)) {
        if (x.isTicketDepartment()) {
          d.add(x.id() + " " + x.title());
        }
      }
      List<String> s = new ArrayList<>();
      long left = Math.max(1, deadline - System.nanoTime());
      for (TicketStatus x : statuses.get(left, TimeUnit.NANOSECONDS)) {
        s.add(x.id() + " " + x.title() + (x.markAsResolved() ? " (resolved)" : ""));
      }
      String lookups =
          " Ticket departments (id title): "
              + String.join(", ", d)
              + ". Statuses: "
              + String.join(", ", s)
              + ".";
      if (base.length() + lookups.length() > MAX_CHARS) {
        lookups = lookups.substring(0, MAX_CHARS - base.length() - 60).strip();
        lookups += " … (all: kayako_get_departments, kayako_get_ticket_statuses).";
      }
      return base + lookups;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      // A late answer still fills the client's lookup cache for the first tool call.
      LOG.warn("Kayako lookups unavailable for the server instructions: {}", e.toString());
      return base;
    }
  }
}
