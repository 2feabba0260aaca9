package dev.kayakomcp.report;

import dev.kayakomcp.format.Durations;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.regex.Pattern;

/**
 * Ranks open tickets by how much they need a staff member now. Each reason adds to a score in
 * seconds: the customer's wait for a staff reply, plus 24 h for an overdue reply, 12 h for an
 * overdue resolution, 24 h for an escalation, 24 h for an urgent or high priority ticket without an
 * owner, and 8 h for each unanswered customer post beyond the first. Only the best {@code keep}
 * candidates are held while the list streams by.
 */
public final class Attention {

  /** One reason, in words, and what it adds to the score. */
  public record Reason(String code, String words, long weight) {}

  /** A ranked ticket: its list record, the score and the reasons, strongest first. */
  public record Item(Ticket ticket, long score, long waitingSeconds, List<Reason> reasons) {

    Item with(Reason r) {
      List<Reason> more = new ArrayList<>(reasons);
      more.add(r);
      more.sort(Comparator.comparingLong(Reason::weight).reversed());
      return new Item(ticket, score + r.weight(), waitingSeconds, more);
    }
  }

  static final long HOUR = 3_600;
  private static final Pattern HIGH = Pattern.compile("(?i).*(urgent|high|critical|emergency).*");
  private static final Comparator<Item> ORDER =
      Comparator.comparingLong(Item::score)
          .thenComparingLong(Item::waitingSeconds)
          .thenComparingInt(i -> -i.ticket().id());

  private final Directory directory;
  private final long now;
  private final int keep;
  private final PriorityQueue<Item> best = new PriorityQueue<>(ORDER);
  private int considered;
  private int withReasons;

  public Attention(Directory directory, long now, int keep) {
    this.directory = directory;
    this.now = now;
    this.keep = keep;
  }

  /** Weighs one ticket of the list; resolved tickets and tickets without a reason are skipped. */
  public synchronized void add(Ticket t) {
    if (directory.isResolved(t.statusId())) {
      return;
    }
    considered++;
    Item item = rank(t, directory, now);
    if (item.reasons().isEmpty()) {
      return;
    }
    withReasons++;
    best.add(item);
    if (best.size() > keep) {
      best.poll();
    }
  }

  /** The candidates held, first to work on first. */
  public synchronized List<Item> ranked() {
    List<Item> out = new ArrayList<>(best);
    out.sort(ORDER.reversed());
    return out;
  }

  /** Open tickets weighed. */
  public synchronized int considered() {
    return considered;
  }

  /** Open tickets with at least one reason. */
  public synchronized int withReasons() {
    return withReasons;
  }

  /** The reasons the list record alone gives. */
  static Item rank(Ticket t, Directory directory, long now) {
    long waiting = GroupStats.isWaitingOnStaff(t) ? Math.max(0, now - t.lastUserReply()) : 0;
    Item item = new Item(t, 0, waiting, List.of());
    if (GroupStats.isWaitingOnStaff(t)) {
      item =
          item.with(
              new Reason(
                  "waiting",
                  "customer waiting " + Durations.span(waiting) + " for a staff reply",
                  waiting));
    }
    if (t.nextReplyDue() > 0 && t.nextReplyDue() < now) {
      item =
          item.with(
              new Reason(
                  "reply_overdue",
                  "reply overdue by " + Durations.span(now - t.nextReplyDue()),
                  24 * HOUR));
    }
    if (t.resolutionDue() > 0 && t.resolutionDue() < now) {
      item =
          item.with(
              new Reason(
                  "resolution_overdue",
                  "resolution overdue by " + Durations.span(now - t.resolutionDue()),
                  12 * HOUR));
    }
    if (t.escalated()) {
      item = item.with(new Reason("escalated", "escalated", 24 * HOUR));
    }
    String priority = directory.priorityName(t.priorityId());
    if (t.ownerStaffId() == 0 && HIGH.matcher(priority).matches()) {
      item =
          item.with(
              new Reason("unowned_high_priority", priority + " priority and no owner", 24 * HOUR));
    }
    return item;
  }

  /** Adds what the conversation shows: several customer posts with no staff answer in between. */
  public static Item withConversation(Item item, int unansweredCustomerPosts) {
    if (unansweredCustomerPosts < 2) {
      return item;
    }
    return item.with(
        new Reason(
            "unanswered_posts",
            unansweredCustomerPosts + " customer posts with no staff answer",
            8 * HOUR * (unansweredCustomerPosts - 1)));
  }

  /** The items in ranking order. */
  public static List<Item> sorted(List<Item> items) {
    List<Item> out = new ArrayList<>(items);
    out.sort(ORDER.reversed());
    return out;
  }
}
