package dev.kayakomcp.write;

import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.format.Times;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.NoteType;
import dev.kayakomcp.model.Ticket;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An internal staff note on a ticket already read. The ticket GET carries its notes, so one re-read
 * both finds a note whose answer was lost and confirms a new one.
 *
 * @param ticket the ticket as read before sending, with its notes
 * @param color 1 yellow, 2 purple, 3 blue, 4 green, 5 red
 */
public record NoteOperation(
    String tool,
    Ticket ticket,
    int staffId,
    String contents,
    int color,
    Map<String, String> auditFields)
    implements WriteOperation {

  public NoteOperation {
    auditFields = Map.copyOf(auditFields);
  }

  @Override
  public String target() {
    return ticket.displayId();
  }

  @Override
  public String idempotencyKey() {
    return "note|" + ticket.id() + "|" + staffId + "|" + color + "|" + SameText.normalise(contents);
  }

  @Override
  public String duplicateKey() {
    return "note|" + ticket.id() + "|" + SameText.normalise(contents);
  }

  @Override
  public Optional<Landed> alreadyInKayako(KayakoClient client, Instant since) {
    return notes(ticket).stream()
        .filter(n -> n.creationDate() >= since.getEpochSecond())
        .filter(n -> SameText.same(n.contents(), false, contents))
        .reduce((a, b) -> b)
        .map(NoteOperation::landed);
  }

  @Override
  public int send(KayakoClient client) {
    return client.addNote(ticket.id(), staffId, contents, color).id();
  }

  @Override
  public Optional<Landed> find(KayakoClient client, int id) {
    Set<Integer> before = notes(ticket).stream().map(Note::id).collect(Collectors.toSet());
    return notes(client.ticket(ticket.id())).stream()
        .filter(
            n ->
                id > 0
                    ? n.id() == id
                    : n.creatorStaffId() == staffId
                        && !before.contains(n.id())
                        && SameText.same(n.contents(), false, contents))
        .findFirst()
        .map(NoteOperation::landed);
  }

  @Override
  public String howToCheck() {
    return "kayako_get_ticket_notes ticket_id="
        + ticket.displayId()
        + ": look for a note by this staff member with this text";
  }

  private static List<Note> notes(Ticket t) {
    return t.notes().stream().filter(n -> n.type() == NoteType.TICKET).toList();
  }

  private static Landed landed(Note n) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("note_id", n.id());
    m.put("note_found_on_re_read", true);
    m.put("author", n.creatorStaffName());
    m.put("created_at", Times.iso(n.creationDate()));
    m.put("color", n.noteColor());
    return new Landed(n.id(), "note " + n.id(), m, List.of());
  }
}
