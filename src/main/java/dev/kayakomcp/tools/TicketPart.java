package dev.kayakomcp.tools;

import dev.kayakomcp.model.Ticket;

/**
 * One part of a ticket read on its own (its attachment list, its custom fields) and what is known
 * of the ticket: the ticket itself when it had to be read (a display id, a merged id, an empty
 * answer to confirm), else only its id.
 *
 * @param asked the id the caller gave
 * @param ticketId the surviving ticket's numeric id
 * @param ticket the ticket when it was read, else null
 * @param value the part
 */
public record TicketPart<T>(TicketRef asked, int ticketId, Ticket ticket, T value) {

  /** {@code QXV-418-20573 (#1042): subject} when the ticket was read, else {@code #1042}. */
  public String heading() {
    return ticket == null ? "#" + ticketId : TicketLoader.heading(ticket);
  }

  /** The display id when the ticket was read, else null. */
  public String displayId() {
    return ticket == null ? null : ticket.displayId();
  }

  /** As {@link LoadedTicket#mergeNotice()}; "" when not merged or the ticket was not read. */
  public String mergeNotice() {
    return LoadedTicket.mergeNotice(asked, ticket);
  }
}
