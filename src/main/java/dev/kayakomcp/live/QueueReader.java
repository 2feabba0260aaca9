package dev.kayakomcp.live;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.client.TicketQuery;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.report.Attention;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a queue's tickets from Kayako: its department (or every ticket department), unresolved
 * statuses, newest activity first, filtered by {@link Queue#holds}; the needs-attention queue is
 * read whole and ranked as {@link Attention} ranks it.
 */
public final class QueueReader {

  private static final int PAGE = 100;

  /** At most this many unresolved tickets are weighed for the needs-attention ranking. */
  static final int MAX_RANKED = 20_000;

  private final KayakoClient client;
  private final Clock clock;

  public QueueReader(KayakoClient client, Clock clock) {
    this.client = client;
    this.clock = clock;
  }

  /**
   * What a queue read found; {@code complete} is false when it stopped at {@code limit}; {@code
   * requests} is how many list requests it took.
   */
  public record Contents(List<Ticket> tickets, boolean complete, int requests) {}

  /**
   * The first {@code limit} tickets of {@code queue}, newest activity first.
   *
   * @throws IllegalArgumentException when the queue names no ticket department
   */
  public Contents read(Queue queue, Directory directory, int limit) throws KayakoApiException {
    List<Integer> departments = departments(queue, directory);
    List<Integer> unresolved =
        directory.statuses().stream()
            .filter(s -> !s.markAsResolved())
            .map(TicketStatus::id)
            .toList();
    List<Ticket> found = new ArrayList<>();
    if (unresolved.isEmpty()) {
      return new Contents(found, true, 0);
    }
    long now = clock.instant().getEpochSecond();
    if (queue instanceof Queue.NeedsAttention) {
      return ranked(departments, unresolved, directory, now, limit);
    }
    int requests = 0;
    for (int start = 0; ; start += PAGE) {
      List<Ticket> rows = newestActivity(departments, unresolved, start);
      requests++;
      for (Ticket t : rows) {
        if (queue.holds(t, directory, now)) {
          if (found.size() == limit) {
            return new Contents(found, false, requests);
          }
          found.add(t);
        }
      }
      if (rows.size() < PAGE) {
        return new Contents(found, true, requests);
      }
    }
  }

  /** Every unresolved ticket weighed (up to {@link #MAX_RANKED}), the first {@code limit} kept. */
  private Contents ranked(
      List<Integer> departments,
      List<Integer> unresolved,
      Directory directory,
      long now,
      int limit) {
    Attention attention = new Attention(directory, now, limit);
    int requests = 0;
    boolean complete = false;
    for (int start = 0; !complete && start < MAX_RANKED; start += PAGE) {
      List<Ticket> rows = newestActivity(departments, unresolved, start);
      requests++;
      rows.forEach(attention::add);
      complete = rows.size() < PAGE;
    }
    List<Ticket> top =
        Attention.sorted(attention.candidates()).stream()
            .limit(limit)
            .map(Attention.Item::ticket)
            .toList();
    return new Contents(top, complete && attention.withReasons() <= limit, requests);
  }

  private static List<Integer> departments(Queue queue, Directory directory) {
    if (queue.departmentId() == 0) {
      return directory.ticketDepartmentIds();
    }
    Department d = directory.department(queue.departmentId());
    if (d == null || !d.isTicketDepartment()) {
      throw new IllegalArgumentException(
          "department "
              + queue.departmentId()
              + " is not a ticket department; see kayako://departments");
    }
    return List.of(d.id());
  }

  /** One page of the queue's unresolved tickets, newest activity first. */
  private List<Ticket> newestActivity(
      List<Integer> departments, List<Integer> unresolved, int start) {
    return client.listTickets(
        new TicketQuery(
            departments,
            unresolved,
            List.of(),
            List.of(),
            PAGE,
            start,
            "lastactivity",
            TicketQuery.SortOrder.DESC));
  }
}
