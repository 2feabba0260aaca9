package dev.kayakomcp.client;

/** The ticket (or the parent ticket of a post, note, attachment…) does not exist. */
public class TicketNotFoundException extends NotFoundException {

  private final String ticketId;

  public TicketNotFoundException(String ticketId, int status, String serverText) {
    super(
        "Ticket "
            + ticketId
            + " was not found in Kayako. Check the id (numeric like 1042 or a display id like"
            + " QXV-418-20573) or search for the ticket instead.",
        status,
        serverText);
    this.ticketId = ticketId;
  }

  /** The id as the caller gave it (numeric or display id). */
  public String ticketId() {
    return ticketId;
  }
}
