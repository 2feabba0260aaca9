package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.client.NotFoundException;
import dev.kayakomcp.client.TicketNotFoundException;
import dev.kayakomcp.format.CustomFieldSet;
import dev.kayakomcp.format.CustomFieldView;
import dev.kayakomcp.model.Attachment;
import dev.kayakomcp.model.CustomField;
import dev.kayakomcp.model.CustomFieldGroup;
import dev.kayakomcp.model.CustomFieldOption;
import dev.kayakomcp.model.CustomFieldValue;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Future;

/**
 * The one way tools read a ticket (reach it with {@link ToolContext#tickets()}). It resolves any id
 * once — numeric, display id, or a merged ticket's old id, which Kayako answers with the surviving
 * ticket — and makes the single ticket GET that already carries the posts, ticket, user and
 * organisation notes and time tracks (spec §3.3). Sub-resources are always read with the surviving
 * numeric id (Kayako answers an old or display id there with empty lists, spec §4.1); the
 * attachment list is read only when a post has files, custom fields only when asked.
 *
 * <p>Requests on warm lookup caches: {@link #load} 1, plus 1 for the attachment list when a post
 * has files, plus 1 for custom fields; {@link #attachments} and {@link #customFields} 1 for a
 * numeric id that has some (the ticket GET is added only to confirm an empty answer or resolve a
 * display id); {@link #loadAll} one {@link #load} per ticket, a few at a time.
 */
public final class TicketLoader {

  /** How many tickets {@link #loadAll} reads at once (the client's bulkhead bounds it too). */
  static final int BATCH_WIDTH = 8;

  private final ToolContext context;
  private final KayakoClient client;

  TicketLoader(ToolContext context) {
    this.context = context;
    this.client = context.client();
  }

  /** The {@code ticket_id} argument, checked. */
  public TicketRef ref(ToolArgs args) {
    return ref(args, "ticket_id");
  }

  /** A ticket id argument, checked; an argument error says what a ticket id looks like. */
  public TicketRef ref(ToolArgs args, String name) {
    return TicketRef.parse(name, args.requiredString(name));
  }

  /**
   * Reads one ticket and the parts asked for. For a numeric id, custom fields are read alongside
   * the ticket GET (and again with the surviving id if the id turns out to be merged); the
   * attachment list needs the posts first, to know whether any has files.
   *
   * @throws TicketNotFoundException when Kayako has no such ticket
   */
  public LoadedTicket load(TicketRef ref, TicketParts parts) throws KayakoApiException {
    Parallel parallel = context.parallel();
    Future<CustomFieldSet> early =
        parts.customFields() && ref.isNumeric()
            ? parallel.start(() -> customFieldsOf(ref.numericId()))
            : null;
    Ticket ticket = client.ticket(ref.text());
    Future<List<Attachment>> files =
        parts.attachments() && hasFiles(ticket)
            ? parallel.start(() -> client.attachments(ticket.id()))
            : null;
    CustomFieldSet fields = null;
    if (parts.customFields()) {
      // The early read is used only when the id was the surviving ticket's own.
      fields =
          early != null && ticket.id() == ref.numericId()
              ? parallel.join(early)
              : customFieldsOf(ticket.id());
    }
    List<Attachment> attachments = files == null ? List.of() : parallel.join(files);
    return new LoadedTicket(ref, ticket, Conversation.of(ticket, attachments), attachments, fields);
  }

  /** {@link #load(TicketRef, TicketParts)} for an id argument's value. */
  public LoadedTicket load(String ticketId, TicketParts parts) throws KayakoApiException {
    return load(TicketRef.parse("ticket_id", ticketId), parts);
  }

  /**
   * Reads many tickets, {@link #BATCH_WIDTH} at a time, reporting each to the call's progress.
   * Tickets deleted since they were listed are left out (compare sizes to notice); any other
   * failure ends the whole read.
   *
   * @return the tickets in the order asked, without the missing ones
   */
  public List<LoadedTicket> loadAll(List<TicketRef> refs, TicketParts parts)
      throws KayakoApiException {
    // Each task reads one ticket on its own thread without waiting on other pool tasks, so a
    // full pool cannot deadlock; joins report their own steps.
    Parallel parallel = context.parallel().withProgress(Progress.NONE);
    Deque<Future<LoadedTicket>> inFlight = new ArrayDeque<>();
    List<LoadedTicket> out = new ArrayList<>(refs.size());
    int next = 0;
    int done = 0;
    while (done < refs.size()) {
      while (next < refs.size() && inFlight.size() < BATCH_WIDTH) {
        TicketRef ref = refs.get(next++);
        inFlight.add(parallel.start(() -> loadInOneThread(ref, parts)));
      }
      LoadedTicket t = parallel.join(inFlight.removeFirst());
      done++;
      if (t != null) {
        out.add(t);
      }
      context.progress().step("read " + done + " of " + refs.size() + " tickets");
    }
    return out;
  }

  private LoadedTicket loadInOneThread(TicketRef ref, TicketParts parts) {
    Ticket ticket;
    try {
      ticket = client.ticket(ref.text());
    } catch (TicketNotFoundException e) {
      return null;
    }
    List<Attachment> files =
        parts.attachments() && hasFiles(ticket) ? client.attachments(ticket.id()) : List.of();
    CustomFieldSet fields = parts.customFields() ? customFieldsOf(ticket.id()) : null;
    return new LoadedTicket(ref, ticket, Conversation.of(ticket, files), files, fields);
  }

  /**
   * A ticket's attachment list. A numeric id that has files costs one request; an empty list is
   * confirmed with the ticket GET, because Kayako also answers a merged ticket's old id with an
   * empty list.
   */
  public TicketPart<List<Attachment>> attachments(TicketRef ref) throws KayakoApiException {
    OptionalInt known = knownId(ref);
    if (known.isPresent()) {
      List<Attachment> files = client.attachments(known.getAsInt());
      if (!files.isEmpty()) {
        return new TicketPart<>(ref, known.getAsInt(), null, files);
      }
    }
    Ticket ticket = client.ticket(ref.text());
    boolean alreadyRead = known.isPresent() && known.getAsInt() == ticket.id();
    List<Attachment> files =
        !hasFiles(ticket) || alreadyRead ? List.of() : client.attachments(ticket.id());
    return new TicketPart<>(ref, ticket.id(), ticket, files);
  }

  /**
   * A ticket's custom fields with their definitions and options. One request for a numeric id with
   * values; fields without any value are confirmed with the ticket GET, because Kayako lists the
   * groups with empty values for a merged ticket's old id.
   */
  public TicketPart<CustomFieldSet> customFields(TicketRef ref) throws KayakoApiException {
    OptionalInt known = knownId(ref);
    CustomFieldSet first = null;
    if (known.isPresent()) {
      first = customFieldsOf(known.getAsInt());
      if (first.hasValues()) {
        return new TicketPart<>(ref, known.getAsInt(), null, first);
      }
    }
    Ticket ticket = client.ticket(ref.text());
    CustomFieldSet fields =
        first != null && known.getAsInt() == ticket.id() ? first : customFieldsOf(ticket.id());
    return new TicketPart<>(ref, ticket.id(), ticket, fields);
  }

  /**
   * One attachment with its contents. Kayako refuses a merged ticket's old id here ("does not
   * belong"); then the ticket is resolved and the read made once more with the surviving id.
   */
  public TicketPart<Attachment> attachment(TicketRef ref, int attachmentId)
      throws KayakoApiException {
    OptionalInt known = knownId(ref);
    if (known.isPresent()) {
      try {
        return new TicketPart<>(
            ref, known.getAsInt(), null, client.attachment(known.getAsInt(), attachmentId));
      } catch (KayakoApiException e) {
        // 400 "does not belong to the specified ticket" is what an old merged id gets.
        if (e instanceof NotFoundException || e.status() != 400) {
          throw e;
        }
      }
    }
    Ticket ticket = client.ticket(ref.text());
    if (known.isPresent() && known.getAsInt() == ticket.id()) {
      throw new NotFoundException(
          "Attachment "
              + attachmentId
              + " does not belong to ticket "
              + ticket.displayId()
              + " (#"
              + ticket.id()
              + "); kayako_list_ticket_attachments lists its files.",
          400,
          "");
    }
    return new TicketPart<>(ref, ticket.id(), ticket, client.attachment(ticket.id(), attachmentId));
  }

  /** The ticket's heading line: {@code QXV-418-20573 (#1042): subject}. */
  static String heading(Ticket t) {
    return t.displayId() + " (#" + t.id() + "): " + t.subject();
  }

  /** The numeric id without a request: given, or a display id resolved earlier. */
  private OptionalInt knownId(TicketRef ref) {
    return ref.isNumeric() ? OptionalInt.of(ref.numericId()) : client.knownTicketId(ref.text());
  }

  private static boolean hasFiles(Ticket t) {
    return t.posts() != null && t.posts().stream().anyMatch(Post::hasAttachments);
  }

  /**
   * Values (one request), then definitions and each select-like field's options, which the client
   * caches; sequential, so it may run on a pool thread.
   */
  private CustomFieldSet customFieldsOf(int ticketId) {
    List<CustomFieldGroup> groups = client.customFields(ticketId);
    Map<Integer, CustomField> defs = new HashMap<>();
    client.customFieldDefinitions().forEach(d -> defs.put(d.id(), d));
    Map<Integer, List<CustomFieldOption>> options = new HashMap<>();
    for (CustomFieldGroup g : groups) {
      for (CustomFieldValue v : g.fields()) {
        int type = defs.containsKey(v.id()) ? defs.get(v.id()).fieldType() : v.type();
        if (CustomFieldView.hasOptions(type) && !options.containsKey(v.id())) {
          options.put(v.id(), client.customFieldOptions(v.id()));
        }
      }
    }
    return new CustomFieldSet(groups, new CustomFieldView(defs, options));
  }
}
