package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tickets a bulk update acts on: read one by one when named by id (an id that is no ticket
 * stops the batch), or selected by the filters of {@code kayako_list_tickets} and accepted only
 * when they match exactly the {@code expected_count} the caller saw.
 */
final class BulkSelection {

  private BulkSelection() {}

  /**
   * The tickets and how they were chosen; or, when {@code refusal} is set, why nothing may be sent.
   */
  record Chosen(List<Ticket> tickets, String description, String refusal) {}

  static Chosen choose(BulkRequest request, ToolContext context, Directory directory)
      throws KayakoApiException {
    if (!request.byFilters()) {
      List<Ticket> tickets = read(request.ticketIds(), context);
      return new Chosen(
          tickets,
          "by id, " + tickets.size() + (tickets.size() == 1 ? " ticket" : " tickets"),
          null);
    }
    int max = BulkRequest.MAX_TICKETS;
    TicketListing.Page m = TicketListing.first(context, request.filter(), max);
    int matched = m.found().size();
    String filters = request.filter().describe(directory);
    if (matched <= max && m.total().isPresent() && matched == request.expectedCount()) {
      return new Chosen(m.found(), filters + ": " + matched + " matched, as expected", null);
    }
    String count =
        matched > max
            ? "more than " + max
            : m.total().isEmpty()
                ? "at least " + matched + " (reading stopped early)"
                : String.valueOf(matched);
    return new Chosen(
        List.of(),
        filters + ": " + count + " matched; expected_count " + request.expectedCount(),
        "The filters match "
            + count
            + " tickets, not expected_count="
            + request.expectedCount()
            + ": nothing was sent. List them with kayako_list_tickets (same filters), check the"
            + " set, and call again with expected_count set to what you saw"
            + (matched > max ? " — after narrowing the filters to at most " + max + "." : "."));
  }

  /**
   * Reads the tickets named through the ticket loader; an old id of a merged ticket gives the
   * ticket it was merged into, and ids naming the same ticket count once.
   */
  private static List<Ticket> read(List<TicketRef> refs, ToolContext context)
      throws KayakoApiException {
    List<LoadedTicket> loaded = context.tickets().loadAll(refs, TicketParts.TICKET);
    Set<TicketRef> found = new HashSet<>();
    Map<Integer, Ticket> byId = new LinkedHashMap<>();
    for (LoadedTicket t : loaded) {
      found.add(t.asked());
      byId.putIfAbsent(t.id(), t.ticket());
    }
    for (TicketRef ref : refs) {
      if (!found.contains(ref)) {
        throw new ToolArgumentException(
            "ticket "
                + ref.shown()
                + " does not exist (or was deleted): nothing was sent. Remove it from"
                + " ticket_ids and call again.");
      }
    }
    return new ArrayList<>(byId.values());
  }
}
