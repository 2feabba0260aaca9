package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.model.Ticket;

/**
 * Where the text tools read one ticket with its posts: one GET that carries them. Kept behind this
 * one method so the shared ticket loader replaces it in one line.
 */
final class TicketReads {

  private TicketReads() {}

  /** The ticket (numeric or display id) with its posts. */
  static Ticket withPosts(ToolContext context, String idOrDisplayId) throws KayakoApiException {
    return context.client().ticket(idOrDisplayId);
  }
}
