package dev.kayakomcp.tools;

/** The text an agent gets when a ticket id leads nowhere, with what to try next. */
final class TicketNotFoundHint {

  private TicketNotFoundHint() {}

  static String forId(String ticketId) {
    return "Ticket not found: '"
        + ticketId
        + "'. Use a numeric ticket id (e.g. 1042) or a display id such as QXV-418-20573;"
        + " kayako_search_tickets or kayako_list_tickets show the ids of existing tickets.";
  }
}
