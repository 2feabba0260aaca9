package dev.kayakomcp.format;

import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TimeTrack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The answer of {@code kayako_get_ticket}: the ticket, the customer's user and organisation notes
 * as context, and the sections asked for. One answer budget covers every section: items are counted
 * in the order context notes, custom fields, staff notes, time entries, attachments, posts, and
 * {@code shown} keeps that many from the front, so the conversation is cut first and each cut
 * section says how to read the rest.
 */
public final class TicketAnswer {

  /** What the answer shows; lists are empty and {@code customFields} null when not asked for. */
  public record Content(
      Ticket ticket,
      String mergeNotice,
      String detail,
      Set<String> include,
      List<Note> contextNotes,
      CustomFieldSet customFields,
      List<Note> staffNotes,
      List<TimeTrack> timeTracks,
      List<Attachment> attachments,
      List<Post> posts,
      Function<Post, List<Attachment>> filesOf) {}

  private final Content c;
  private final TicketView tickets;
  private final NoteView notes;
  private final TimeTrackView time;
  private final PostView posts;
  private final int[] totals;

  public TicketAnswer(
      Content content, TicketView tickets, NoteView notes, TimeTrackView time, PostView posts) {
    this.c = content;
    this.tickets = tickets;
    this.notes = notes;
    this.time = time;
    this.posts = posts;
    this.totals =
        new int[] {
          c.contextNotes().size(),
          c.customFields() == null ? 0 : c.customFields().count(),
          c.staffNotes().size(),
          c.timeTracks().size(),
          c.attachments().size(),
          c.include().contains("posts") ? c.posts().size() : 0
        };
  }

  /** How many items the budget may cut. */
  public int items() {
    int n = 0;
    for (int t : totals) {
      n += t;
    }
    return n;
  }

  /** Splits {@code shown} over the sections, front first. */
  private int[] split(int shown) {
    int[] out = new int[totals.length];
    int left = shown;
    for (int i = 0; i < totals.length; i++) {
      out[i] = Math.min(totals[i], left);
      left -= out[i];
    }
    return out;
  }

  public String markdown(int shown) {
    int[] s = split(shown);
    Ticket t = c.ticket();
    String ref = "{\"ticket_id\": \"" + t.id() + "\"}";
    StringBuilder sb =
        new StringBuilder(
            c.detail().equals("summary")
                ? "# Ticket\n\n" + tickets.summaryMarkdown(t)
                : tickets.detailMarkdown(t));
    if (!c.mergeNotice().isEmpty()) {
      sb.append('\n').append(c.mergeNotice());
    }
    if (!c.contextNotes().isEmpty()) {
      sb.append("\n## About the customer (staff notes on the user and organisation)\n\n");
      StringBuilder inner = new StringBuilder();
      c.contextNotes().subList(0, s[0]).forEach(n -> inner.append(notes.markdown(n)).append('\n'));
      sb.append(Untrusted.fence(inner.toString())).append('\n');
      sb.append(Paging.didNotFit(s[0], totals[0], "customer notes", "Open the user in Kayako"));
    }
    if (c.customFields() != null) {
      sb.append("\n## Custom fields\n\n").append(c.customFields().markdown(s[1]));
    }
    if (c.include().contains("notes")) {
      sb.append("\n## Staff notes (").append(totals[2]).append(")\n\n");
      if (totals[2] == 0) {
        sb.append("No staff notes.\n");
      }
      c.staffNotes().subList(0, s[2]).forEach(n -> sb.append(notes.markdown(n)).append('\n'));
      sb.append(
          Paging.didNotFit(s[2], totals[2], "notes", "Call kayako_get_ticket_notes with " + ref));
    }
    if (c.include().contains("time")) {
      sb.append("\n## Time tracking\n\n");
      if (totals[3] == 0) {
        sb.append("No time tracked.\n");
      } else {
        sb.append(TimeTrackView.totalsMarkdown(c.timeTracks()));
        c.timeTracks().subList(0, s[3]).forEach(e -> sb.append(time.markdown(e)));
        sb.append(
            Paging.didNotFit(
                s[3],
                totals[3],
                "entries",
                "The totals cover all; call kayako_get_ticket_time_tracking with " + ref));
      }
    }
    if (c.include().contains("attachments")) {
      sb.append("\n## Attachments (").append(totals[4]).append(")\n\n");
      if (totals[4] == 0) {
        sb.append("No attachments.\n");
      }
      c.attachments().subList(0, s[4]).forEach(a -> sb.append(AttachmentView.markdown(a)));
      sb.append(
          Paging.didNotFit(
              s[4], totals[4], "files", "Call kayako_list_ticket_attachments with " + ref));
      if (totals[4] > 0) {
        sb.append("Read one with kayako_get_ticket_attachment.\n");
      }
    }
    if (!c.include().contains("posts")) {
      return sb.append('\n')
          .append(c.posts().size())
          .append(" posts; add include=posts or call kayako_get_ticket_posts to read them.\n")
          .toString();
    }
    sb.append("\n## Conversation (").append(totals[5]).append(" posts, oldest first)\n\n");
    for (Post p : c.posts().subList(0, s[5])) {
      sb.append(posts.markdown(p, c.filesOf().apply(p))).append('\n');
    }
    if (s[5] < totals[5]) {
      sb.append(Paging.morePosts(t.id(), s[5], totals[5]));
    }
    return sb.toString();
  }

  public Map<String, Object> structured(int shown) {
    int[] s = split(shown);
    Map<String, Object> m = new LinkedHashMap<>();
    Ticket t = c.ticket();
    m.put("ticket", c.detail().equals("summary") ? tickets.summary(t) : tickets.detail(t));
    m.put("detail", c.detail());
    m.put("included", new ArrayList<>(c.include()));
    m.put("merge_notice", c.mergeNotice().isEmpty() ? null : c.mergeNotice().strip());
    m.put("post_count", c.posts().size());
    if (!c.contextNotes().isEmpty()) {
      m.put(
          "customer_notes",
          c.contextNotes().subList(0, s[0]).stream()
              .map(
                  n -> {
                    Map<String, Object> x = notes.structured(n);
                    x.put("about", n.type().xmlName());
                    x.put("untrusted", true);
                    return (Object) x;
                  })
              .toList());
    }
    if (c.include().contains("posts")) {
      m.put(
          "posts",
          c.posts().subList(0, s[5]).stream()
              .map(p -> (Object) posts.structured(p, c.filesOf().apply(p)))
              .toList());
      m.put("posts_shown", s[5]);
    }
    if (c.include().contains("notes")) {
      m.put(
          "notes",
          c.staffNotes().subList(0, s[2]).stream().map(n -> (Object) notes.structured(n)).toList());
    }
    if (c.customFields() != null) {
      m.put("custom_fields", c.customFields().structured(s[1]));
    }
    if (c.include().contains("attachments")) {
      m.put(
          "attachments",
          c.attachments().subList(0, s[4]).stream()
              .map(a -> (Object) AttachmentView.structured(a))
              .toList());
    }
    if (c.include().contains("time")) {
      Map<String, Object> tt = new LinkedHashMap<>();
      tt.put("totals", TimeTrackView.totals(c.timeTracks()));
      tt.put(
          "entries",
          c.timeTracks().subList(0, s[3]).stream().map(e -> (Object) time.structured(e)).toList());
      m.put("time_tracking", tt);
    }
    if (shown < items()) {
      m.put("cut_by_size", true);
    }
    return m;
  }
}
