package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.TicketNotFoundException;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

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

  static Chosen choose(BulkRequest request, ToolArgs args, ToolContext context, Directory directory)
      throws KayakoApiException {
    if (!request.byFilters()) {
      List<Ticket> tickets = read(request.ticketIds(), context);
      return new Chosen(
          tickets,
          "by id, " + tickets.size() + (tickets.size() == 1 ? " ticket" : " tickets"),
          null);
    }
    int max = BulkRequest.MAX_TICKETS;
    ListTicketsTool.Selection m = ListTicketsTool.select(args, context, request.filter(), max);
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

  /** Reads the tickets named, a few at a time; duplicates (1042 and its display id) count once. */
  private static List<Ticket> read(List<String> refs, ToolContext context)
      throws KayakoApiException {
    Map<Integer, Ticket> byId = new LinkedHashMap<>();
    for (int from = 0; from < refs.size(); from += BulkSender.CONCURRENCY) {
      List<String> part = refs.subList(from, Math.min(refs.size(), from + BulkSender.CONCURRENCY));
      List<Future<Ticket>> window = new ArrayList<>();
      part.forEach(ref -> window.add(context.parallel().start(() -> context.client().ticket(ref))));
      for (int i = 0; i < window.size(); i++) {
        try {
          Ticket t = context.parallel().join(window.get(i));
          byId.putIfAbsent(t.id(), t);
        } catch (TicketNotFoundException e) {
          throw new ToolArgumentException(
              "ticket '"
                  + part.get(i)
                  + "' does not exist (or was deleted): nothing was sent. Remove it from"
                  + " ticket_ids and call again.");
        }
      }
    }
    return new ArrayList<>(byId.values());
  }
}
