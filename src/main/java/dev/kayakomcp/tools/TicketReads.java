package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.model.Ticket;
import java.util.List;

/**
 * How the text tools read tickets with their posts: through the call's ticket loader (any id
 * resolved once, one GET that carries the posts).
 */
final class TicketReads {

  private TicketReads() {}

  /** The ticket (numeric, display or merged id) with its posts. */
  static Ticket withPosts(ToolContext context, String idOrDisplayId) throws KayakoApiException {
    return context.tickets().load(idOrDisplayId, TicketParts.TICKET).ticket();
  }

  /**
   * These tickets with their posts, read side by side with progress; tickets deleted since they
   * were listed are left out.
   */
  static List<Ticket> withPosts(ToolContext context, List<Ticket> rows) throws KayakoApiException {
    List<TicketRef> refs = rows.stream().map(t -> TicketRef.of(t.id())).toList();
    return context.tickets().loadAll(refs, TicketParts.TICKET).stream()
        .map(LoadedTicket::ticket)
        .toList();
  }
}
