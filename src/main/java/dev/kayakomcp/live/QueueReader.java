package dev.kayakomcp.live;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.client.TicketQuery;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TicketStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a queue's tickets from Kayako: its department (or every ticket department), unresolved
 * statuses, newest activity first, filtered by {@link Queue#holds}.
 */
public final class QueueReader {

  private static final int PAGE = 100;

  private final KayakoClient client;

  public QueueReader(KayakoClient client) {
    this.client = client;
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
    int requests = 0;
    for (int start = 0; ; start += PAGE) {
      List<Ticket> rows =
          client.listTickets(
              new TicketQuery(
                  departments,
                  unresolved,
                  List.of(),
                  List.of(),
                  PAGE,
                  start,
                  "lastactivity",
                  TicketQuery.SortOrder.DESC));
      requests++;
      for (Ticket t : rows) {
        if (queue.holds(t, directory)) {
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

  private static List<Integer> departments(Queue queue, Directory directory) {
    if (queue.departmentId() == 0) {
      return directory.departments().stream()
          .filter(Department::isTicketDepartment)
          .map(Department::id)
          .toList();
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
}
