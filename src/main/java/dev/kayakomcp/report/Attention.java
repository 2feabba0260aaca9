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
 * owner, and 8 h for each unanswered customer post beyond the first. While the list streams by,
 * only tickets that can still reach the first {@code limit} are held.
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
  private final int limit;
  private final List<Item> candidates = new ArrayList<>();
  private final PriorityQueue<Long> bestScores = new PriorityQueue<>();
  private int considered;
  private int withReasons;

  /**
   * @param limit how many tickets the ranking must get exactly right
   */
  public Attention(Directory directory, long now, int limit) {
    this.directory = directory;
    this.now = now;
    this.limit = limit;
  }

  /**
   * Weighs one ticket of the list; resolved tickets and tickets without a reason are skipped. A
   * ticket is kept while the most its conversation could add ({@link #upperBound}) might still lift
   * it into the first {@code limit}: the list alone gives a lower bound for each score.
   */
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
    bestScores.add(item.score());
    if (bestScores.size() > limit) {
      bestScores.poll();
    }
    candidates.add(item);
    if (candidates.size() > 4 * limit + 1_000) {
      prune();
    }
  }

  /** The candidates that may still be among the first {@code limit}, highest upper bound first. */
  public synchronized List<Item> candidates() {
    prune();
    List<Item> out = new ArrayList<>(candidates);
    out.sort(Comparator.comparingLong(Attention::upperBound).reversed());
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

  /**
   * The highest score a ticket can reach once its conversation is read: every post after the first
   * could be an unanswered customer post, and the list says how many posts there are.
   */
  public static long upperBound(Item item) {
    return item.score() + (needsConversation(item) ? 8 * HOUR * item.ticket().replies() : 0);
  }

  /** Whether the conversation could add to the score: the customer wrote last. */
  public static boolean needsConversation(Item item) {
    return GroupStats.isWaitingOnStaff(item.ticket()) && item.ticket().replies() > 0;
  }

  private void prune() {
    if (bestScores.size() == limit) {
      long floor = bestScores.peek();
      candidates.removeIf(i -> upperBound(i) < floor);
    }
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
