package dev.kayakomcp.write;

import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.client.NewTimeTrack;
import dev.kayakomcp.format.Times;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TimeTrack;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A time-tracking entry on a ticket already read. The same ticket, time worked and note within the
 * window is a duplicate: billing a customer twice is what this guards against.
 *
 * @param ticket the ticket as read before sending, with its time tracks
 * @param workDateGiven false when the work date is "now": then it is no part of the idempotency
 *     key, or a client re-sending a second later would not join its first call
 */
public record TimeEntryOperation(
    String tool,
    Ticket ticket,
    NewTimeTrack entry,
    boolean workDateGiven,
    Map<String, String> auditFields)
    implements WriteOperation {

  public TimeEntryOperation {
    auditFields = Map.copyOf(auditFields);
  }

  @Override
  public String target() {
    return ticket.displayId();
  }

  @Override
  public String idempotencyKey() {
    return "time|"
        + ticket.id()
        + "|"
        + entry.staffId()
        + "|"
        + entry.timeSpentSeconds()
        + "|"
        + entry.timeBillableSeconds()
        + "|"
        + (workDateGiven ? entry.workDate() : "now")
        + "|"
        + SameText.normalise(entry.contents());
  }

  @Override
  public String duplicateKey() {
    return "time|"
        + ticket.id()
        + "|"
        + entry.timeSpentSeconds()
        + "|"
        + SameText.normalise(entry.contents());
  }

  @Override
  public Optional<Landed> alreadyInKayako(KayakoClient client, Instant since) {
    // A time track has no creation time of its own; only entries dated in the window count.
    return ticket.timeTracks().stream()
        .filter(
            t -> t.workDate() >= since.getEpochSecond() || t.billDate() >= since.getEpochSecond())
        .filter(this::sameEntry)
        .reduce((a, b) -> b)
        .map(TimeEntryOperation::landed);
  }

  @Override
  public int send(KayakoClient client) {
    return client.addTimeTrack(entry).id();
  }

  @Override
  public Optional<Landed> find(KayakoClient client, int id) {
    Set<Integer> before =
        ticket.timeTracks().stream().map(TimeTrack::id).collect(Collectors.toSet());
    return client.ticket(ticket.id()).timeTracks().stream()
        .filter(
            t ->
                id > 0
                    ? t.id() == id
                    : !before.contains(t.id())
                        && t.creatorStaffId() == entry.staffId()
                        && t.workDate() == entry.workDate()
                        && sameEntry(t))
        .findFirst()
        .map(TimeEntryOperation::landed);
  }

  private boolean sameEntry(TimeTrack t) {
    return t.timeWorked() == entry.timeSpentSeconds()
        && SameText.same(t.contents(), false, entry.contents());
  }

  @Override
  public String howToCheck() {
    return "kayako_get_ticket_time_tracking ticket_id="
        + ticket.displayId()
        + ": look for an entry of "
        + entry.timeSpentSeconds()
        + " s with this note";
  }

  private static Landed landed(TimeTrack t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("time_track_id", t.id());
    m.put("found_on_re_read", true);
    m.put("time_worked_seconds", t.timeWorked());
    m.put("time_billable_seconds", t.timeBillable());
    m.put("worker", t.workerStaffName());
    m.put("work_date", Times.iso(t.workDate()));
    return new Landed(t.id(), "time track " + t.id(), m, List.of());
  }
}
