package dev.kayakomcp.live;

import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.report.Attention;

/**
 * A queue of tickets a client can subscribe to: which tickets it holds and in what order. Queue
 * membership depends only on fields a ticket list row carries, so the poller can tell from a
 * changed row alone whether the ticket is in a queue now.
 */
public sealed interface Queue {

  /** The resource URI of this queue. */
  String uri();

  /** A short title for the resource and its Markdown. */
  String title();

  /** Whether {@code t} is in this queue at {@code now} (Unix seconds). */
  boolean holds(Ticket t, Directory directory, long now);

  /** The department this queue is limited to, or 0 for every ticket department. */
  int departmentId();

  /**
   * Unresolved tickets that need a staff member, ranked as {@code kayako_needs_attention} ranks
   * them from the ticket list ({@link Attention}: a customer waiting for a reply, a reply or
   * resolution overdue, an escalation, an urgent ticket without owner), most urgent first.
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
    public boolean holds(Ticket t, Directory directory, long now) {
      // The same weighing as the tool: a ticket with any reason is in the queue.
      Attention one = new Attention(directory, now, 1);
      one.add(t);
      return one.withReasons() > 0;
    }

    @Override
    public int departmentId() {
      return 0;
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
    public boolean holds(Ticket t, Directory directory, long now) {
      return t.departmentId() == departmentId && !directory.isResolved(t.statusId());
    }
  }
}
