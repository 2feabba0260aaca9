package dev.kayakomcp.tools;

import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Ticket;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A ticket with its posts in chronological order and each post's attachments (names, types and
 * sizes, never bytes). Posts come from the ticket itself, not from TicketPost/ListAll, which would
 * carry every attachment's bytes.
 */
public record Conversation(Ticket ticket, List<Post> posts, Map<Integer, List<Attachment>> files) {

  private static final Comparator<Post> CHRONOLOGICAL =
      Comparator.comparingLong(Post::dateline).thenComparingInt(Post::id);

  /** A conversation from a ticket already loaded and its attachments' metadata. */
  static Conversation of(Ticket ticket, List<Attachment> attachments) {
    List<Post> posts = ticket.posts() == null ? List.of() : ticket.posts();
    Map<Integer, List<Attachment>> files = new HashMap<>();
    for (Attachment a : attachments) {
      files.computeIfAbsent(a.ticketPostId(), k -> new java.util.ArrayList<>()).add(a);
    }
    return new Conversation(ticket, posts.stream().sorted(CHRONOLOGICAL).toList(), files);
  }

  public List<Attachment> filesOf(Post p) {
    return files.getOrDefault(p.id(), List.of());
  }
}
