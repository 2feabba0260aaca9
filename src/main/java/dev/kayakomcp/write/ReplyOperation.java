package dev.kayakomcp.write;

import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.client.NewAttachment;
import dev.kayakomcp.client.NewPost;
import dev.kayakomcp.format.Times;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Ticket;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A staff reply (public or private, with attachments) to a ticket already read, so a reply whose
 * answer was lost is told from the posts that were there before.
 *
 * @param ticket the ticket as read before sending, with its posts
 */
public record ReplyOperation(
    String tool,
    Ticket ticket,
    int staffId,
    String contents,
    boolean isPrivate,
    List<NewAttachment> files,
    Map<String, String> auditFields)
    implements WriteOperation {

  public ReplyOperation {
    files = List.copyOf(files);
    auditFields = Map.copyOf(new LinkedHashMap<>(auditFields));
  }

  @Override
  public String target() {
    return ticket.displayId();
  }

  @Override
  public String idempotencyKey() {
    String names =
        files.stream()
            .map(f -> f.fileName() + ":" + f.base64().hashCode())
            .collect(Collectors.joining(","));
    return "reply|"
        + ticket.id()
        + "|"
        + staffId
        + "|"
        + isPrivate
        + "|"
        + names
        + "|"
        + SameText.normalise(contents);
  }

  @Override
  public String duplicateKey() {
    return "reply|" + ticket.id() + "|" + SameText.normalise(contents);
  }

  @Override
  public Optional<Landed> alreadyInKayako(KayakoClient client, Instant since) {
    return posts(ticket).stream()
        .filter(p -> p.dateline() >= since.getEpochSecond())
        .filter(p -> SameText.same(p.contents(), p.html(), contents))
        .reduce((a, b) -> b)
        .map(p -> landed(ticket, p));
  }

  @Override
  public int send(KayakoClient client) {
    return client.addPost(NewPost.byStaff(ticket.id(), staffId, contents, isPrivate), files).id();
  }

  @Override
  public Optional<Landed> find(KayakoClient client, int id) {
    Ticket after = client.ticket(ticket.id());
    Set<Integer> before = posts(ticket).stream().map(Post::id).collect(Collectors.toSet());
    return posts(after).stream()
        .filter(
            p ->
                id > 0
                    ? p.id() == id
                    : p.staffId() == staffId
                        && !before.contains(p.id())
                        && SameText.same(p.contents(), p.html(), contents))
        .findFirst()
        .map(p -> landed(after, p));
  }

  @Override
  public String howToCheck() {
    return "kayako_get_ticket_posts ticket_id="
        + ticket.displayId()
        + ": look for a reply by this staff member with this text, newer than post "
        + posts(ticket).stream().mapToInt(Post::id).max().orElse(0);
  }

  private static List<Post> posts(Ticket t) {
    return t.posts() == null ? List.of() : t.posts();
  }

  private static Landed landed(Ticket t, Post p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("post_id", p.id());
    m.put("post_found_on_re_read", true);
    m.put("posted_at", Times.iso(p.dateline()));
    m.put("author", p.fullName());
    m.put("is_private", p.isPrivate());
    m.put("attachments", p.hasAttachments());
    m.put("ticket_replies", t.replies());
    m.put("ticket_last_replier", t.lastReplier());
    m.put("ticket_last_activity", Times.iso(t.lastActivity()));
    return new Landed(p.id(), "post " + p.id(), m, List.of());
  }
}
