package dev.kayakomcp.live;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.client.TicketQuery;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kayako's newest activity, read as a delta: every ticket of every department and status, sorted by
 * last activity, newest first, paged until the last activity already seen. Kayako has no change
 * feed and counts activity in whole seconds, so the rows of the newest second are remembered by a
 * fingerprint of what a list row shows: a second change within that second is still seen.
 *
 * <p>Not thread-safe: the poller's one thread owns it.
 */
final class ActivityFeed {

  /** Rows per list request. */
  static final int PAGE = 100;

  /** At most this many pages per poll; beyond, everything is treated as changed. */
  static final int MAX_PAGES = 20;

  /** What one poll saw. {@code overflow}: more changed than was read, assume everything did. */
  record Delta(List<Ticket> changed, boolean first, boolean overflow, int requests) {}

  private record Fingerprint(
      long lastActivity,
      int replies,
      int statusId,
      int priorityId,
      int departmentId,
      int typeId,
      int ownerStaffId,
      String lastReplier) {
    static Fingerprint of(Ticket t) {
      return new Fingerprint(
          t.lastActivity(),
          t.replies(),
          t.statusId(),
          t.priorityId(),
          t.departmentId(),
          t.typeId(),
          t.ownerStaffId(),
          t.lastReplier());
    }
  }

  private final KayakoClient client;
  private long watermark = -1;
  private Map<Integer, Fingerprint> atWatermark = new HashMap<>();

  ActivityFeed(KayakoClient client) {
    this.client = client;
  }

  /** Forgets what was seen: the next read only sets the starting point. */
  void reset() {
    watermark = -1;
    atWatermark = new HashMap<>();
  }

  /** Whether no read has worked yet (or since {@link #reset}). */
  boolean atStart() {
    return watermark < 0;
  }

  /** The tickets whose activity is newer than the last read (none on the first read). */
  Delta read(Directory directory) throws KayakoApiException {
    List<Integer> departments = directory.ticketDepartmentIds();
    // Every status by id: Kayako's default is unresolved only, and a ticket that was just resolved
    // changed too.
    List<Integer> statuses = directory.statusIds();
    boolean first = watermark < 0;
    List<Ticket> changed = new ArrayList<>();
    List<Ticket> newestSecond = new ArrayList<>();
    long newest = watermark;
    int requests = 0;
    boolean reachedSeen = false;
    for (int page = 0; page < MAX_PAGES && !reachedSeen; page++) {
      List<Ticket> rows =
          client.listTickets(
              new TicketQuery(
                  departments,
                  statuses,
                  List.of(),
                  List.of(),
                  PAGE,
                  page * PAGE,
                  "lastactivity",
                  TicketQuery.SortOrder.DESC));
      requests++;
      for (Ticket t : rows) {
        if (t.lastActivity() > newest) {
          newest = t.lastActivity();
          newestSecond.clear();
        }
        if (t.lastActivity() == newest) {
          newestSecond.add(t);
        }
        if (first) {
          continue;
        }
        if (t.lastActivity() < watermark) {
          reachedSeen = true;
          break;
        }
        if (t.lastActivity() > watermark
            || !Objects.equals(atWatermark.get(t.id()), Fingerprint.of(t))) {
          changed.add(t);
        }
      }
      if (first || rows.size() < PAGE) {
        reachedSeen = true;
      }
    }
    boolean overflow = !reachedSeen;
    Map<Integer, Fingerprint> next = newest == watermark ? atWatermark : new HashMap<>();
    for (Ticket t : newestSecond) {
      next.put(t.id(), Fingerprint.of(t));
    }
    atWatermark = next;
    watermark = Math.max(newest, 0);
    return new Delta(List.copyOf(changed), first, overflow, requests);
  }
}
