package dev.kayakomcp.report;

import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TimeTrack;

/**
 * The figures of one group of tickets, accumulated one ticket at a time. Not thread-safe: an {@link
 * Aggregation} guards it. See {@link Definitions} for what each figure means.
 */
public final class GroupStats {

  private int count;
  private int unresolved;
  private int waiting;
  private long longestWait;
  private int overdue;
  private int escalated;
  private long worked;
  private long billable;
  private final Distribution openAge = new Distribution();
  private final Distribution sinceActivity = new Distribution();
  private final Distribution replies = new Distribution();
  private final Distribution resolution = new Distribution();
  private final Distribution firstResponse = new Distribution();
  private int timedTickets;

  void add(Ticket t, long now, boolean resolved) {
    count++;
    replies.add(t.replies());
    if (t.escalated()) {
      escalated++;
    }
    for (TimeTrack track : t.timeTracks()) {
      worked += track.timeWorked();
      billable += track.timeBillable();
    }
    if (resolved) {
      if (t.lastActivity() >= t.creationTime()) {
        resolution.add(t.lastActivity() - t.creationTime());
      }
      return;
    }
    unresolved++;
    openAge.add(Math.max(0, now - t.creationTime()));
    sinceActivity.add(Math.max(0, now - t.lastActivity()));
    if (isWaitingOnStaff(t)) {
      waiting++;
      longestWait = Math.max(longestWait, now - t.lastUserReply());
    }
    if (isOverdue(t, now)) {
      overdue++;
    }
  }

  /** A conversation read for response times: its first response, or null when none yet. */
  void addTimed(Long firstResponseSeconds) {
    timedTickets++;
    if (firstResponseSeconds != null) {
      firstResponse.add(firstResponseSeconds);
    }
  }

  /** The customer (or a CC) wrote after the last public staff reply, or staff never replied. */
  public static boolean isWaitingOnStaff(Ticket t) {
    return t.lastUserReply() > 0 && t.lastUserReply() > t.lastStaffReply();
  }

  /** The next reply or the resolution was due before {@code now}. */
  public static boolean isOverdue(Ticket t, long now) {
    return (t.nextReplyDue() > 0 && t.nextReplyDue() < now)
        || (t.resolutionDue() > 0 && t.resolutionDue() < now);
  }

  public int count() {
    return count;
  }

  public int unresolved() {
    return unresolved;
  }

  public int waiting() {
    return waiting;
  }

  /** Seconds the longest-waiting customer has waited; 0 when nobody waits. */
  public long longestWait() {
    return longestWait;
  }

  public int overdue() {
    return overdue;
  }

  public int escalated() {
    return escalated;
  }

  /** Seconds worked, from the tickets' time tracks. */
  public long worked() {
    return worked;
  }

  /** Seconds billable, from the tickets' time tracks. */
  public long billable() {
    return billable;
  }

  /** Ages of the open tickets, in seconds. */
  public Distribution openAge() {
    return openAge;
  }

  /** Seconds since the last activity of the open tickets. */
  public Distribution sinceActivity() {
    return sinceActivity;
  }

  public Distribution replies() {
    return replies;
  }

  /** Creation to last activity of the resolved tickets, in seconds. */
  public Distribution resolution() {
    return resolution;
  }

  /** Creation to first public staff reply, over the conversations read. */
  public Distribution firstResponse() {
    return firstResponse;
  }

  /** Conversations read for response times in this group. */
  public int timedTickets() {
    return timedTickets;
  }
}
