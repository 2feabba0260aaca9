package dev.kayakomcp.tools;

/**
 * What {@link TicketLoader} reads beyond the ticket GET, which already carries the posts, ticket,
 * user and organisation notes and time tracks.
 *
 * @param attachments the attachment list (names, types, sizes); read only when a post has files
 * @param customFields custom field values with their definitions and options
 */
public record TicketParts(boolean attachments, boolean customFields) {

  /** The ticket GET alone: ticket, posts (without their files), notes, time tracks. */
  public static final TicketParts TICKET = new TicketParts(false, false);

  /** The conversation with each post's files. */
  public static final TicketParts CONVERSATION = new TicketParts(true, false);

  /** Everything. */
  public static final TicketParts ALL = new TicketParts(true, true);

  public TicketParts withAttachments(boolean on) {
    return new TicketParts(on, customFields);
  }

  public TicketParts withCustomFields(boolean on) {
    return new TicketParts(attachments, on);
  }
}
