package dev.kayakomcp.report;

import dev.kayakomcp.model.Ticket;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Where a report reads a filtered ticket set from: list pages without posts, and single tickets
 * with their conversation. Implementations may be called from several threads at once.
 */
public interface TicketSource {

  /** How many tickets the filter matches (time windows aside); empty when Kayako cannot say. */
  OptionalLong count();

  /**
   * Rows {@code start} to {@code start + count} of the set in the given order.
   *
   * @param order the sort: by id, newest created or newest activity first
   */
  List<Ticket> page(ReadOrder order, int start, int count);

  /**
   * These tickets with their posts (oldest first), read side by side, by the id asked for; a ticket
   * deleted since it was listed is left out.
   */
  Map<Integer, Ticket> withPosts(List<Integer> ticketIds);
}
