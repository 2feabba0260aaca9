package dev.kayakomcp.tools;

import dev.kayakomcp.format.CustomFieldSet;
import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.NoteType;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TimeTrack;
import java.util.Comparator;
import java.util.List;

/**
 * One ticket as {@link TicketLoader} read it: the surviving ticket (a merged ticket's old id gives
 * the ticket it was merged into), its conversation, notes and time tracks from the single ticket
 * GET, and the parts asked for.
 *
 * @param asked the id the caller gave
 * @param ticket the ticket Kayako returned, posts oldest first
 * @param conversation the posts in order and, when attachments were asked for, each post's files
 * @param attachments every file of the ticket (empty when none, or when not asked for)
 * @param customFields custom field values, or null when not asked for
 */
public record LoadedTicket(
    TicketRef asked,
    Ticket ticket,
    Conversation conversation,
    List<Attachment> attachments,
    CustomFieldSet customFields) {

  private static final Comparator<Note> BY_DATE =
      Comparator.comparingLong(Note::creationDate).thenComparingInt(Note::id);

  public LoadedTicket {
    attachments = List.copyOf(attachments);
  }

  public int id() {
    return ticket.id();
  }

  public List<Post> posts() {
    return conversation.posts();
  }

  /** Whether the id asked for was a merged ticket's old id. */
  public boolean merged() {
    return !asked.names(ticket);
  }

  /**
   * {@code Ticket #1040 was merged into QXV-418-20573 (#1042); this is the surviving ticket.}, or
   * "" when the ticket is the one asked for.
   */
  public String mergeNotice() {
    return mergeNotice(asked, ticket);
  }

  static String mergeNotice(TicketRef asked, Ticket ticket) {
    if (ticket == null || asked.names(ticket)) {
      return "";
    }
    return "Ticket "
        + asked.shown()
        + " was merged into "
        + ticket.displayId()
        + " (#"
        + ticket.id()
        + "); this is the surviving ticket.\n";
  }

  /** The ticket's staff notes, oldest first. */
  public List<Note> ticketNotes() {
    return notes(NoteType.TICKET);
  }

  /** Staff notes on the customer (user), oldest first: context such as "prefers phone". */
  public List<Note> userNotes() {
    return notes(NoteType.USER);
  }

  /** Staff notes on the customer's organisation, oldest first: e.g. "Gold support contract". */
  public List<Note> organizationNotes() {
    return notes(NoteType.USER_ORGANIZATION);
  }

  /** Time tracked on the ticket, by work date. */
  public List<TimeTrack> timeTracks() {
    return ticket.timeTracks().stream()
        .sorted(Comparator.comparingLong(TimeTrack::workDate).thenComparingInt(TimeTrack::id))
        .toList();
  }

  private List<Note> notes(NoteType type) {
    return ticket.notes().stream().filter(n -> n.type() == type).sorted(BY_DATE).toList();
  }
}
