package dev.kayakomcp.live;

import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.util.Comparator;

/**
 * A queue of tickets a client can subscribe to: which tickets it holds and in what order. Queue
 * membership depends only on fields a ticket list row carries, so the poller can tell from a
 * changed row alone whether the ticket is in a queue now.
 */
public sealed interface Queue {

  /** Newest activity first: the order every queue is read and shown in. */
  Comparator<Ticket> NEWEST_ACTIVITY_FIRST =
      Comparator.comparingLong(Ticket::lastActivity).reversed().thenComparing(Ticket::id);

  /** The resource URI of this queue. */
  String uri();

  /** A short title for the resource and its Markdown. */
  String title();

  /** Whether {@code t} is in this queue now. */
  boolean holds(Ticket t, Directory directory);

  /** The department this queue is limited to, or 0 for every ticket department. */
  int departmentId();

  /**
   * Unresolved tickets waiting for staff, newest activity first.
   *
   * <p>The one place that says what "needs attention" means; a richer ranking (SLA due times,
   * escalations) belongs here so the queue and any tool that lists the same tickets agree.
   */
  record NeedsAttention() implements Queue {
    public static final String URI = "kayako://queues/needs-attention";

    @Override
    public String uri() {
      return URI;
    }

    @Override
    public String title() {
      return "Tickets needing attention";
    }

    @Override
    public boolean holds(Ticket t, Directory directory) {
      return !directory.isResolved(t.statusId()) && waitingForStaff(t);
    }

    @Override
    public int departmentId() {
      return 0;
    }

    /** The customer wrote, and no staff reply came after. */
    static boolean waitingForStaff(Ticket t) {
      return t.lastUserReply() > 0 && t.lastUserReply() > t.lastStaffReply();
    }
  }

  /** A department's unresolved tickets, newest activity first. */
  record Unresolved(int departmentId) implements Queue {
    public static final String TEMPLATE = "kayako://departments/{department_id}/unresolved";

    @Override
    public String uri() {
      return "kayako://departments/" + departmentId + "/unresolved";
    }

    @Override
    public String title() {
      return "Unresolved tickets of department " + departmentId;
    }

    @Override
    public boolean holds(Ticket t, Directory directory) {
      return t.departmentId() == departmentId && !directory.isResolved(t.statusId());
    }
  }
}
