package dev.kayakomcp.report;

import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Finds the open tickets to work on first: streams the open set's list pages through {@link
 * Attention}, then reads the conversations of the best candidates whose customer is waiting (to
 * count customer posts with no staff answer) and ranks again.
 */
public final class AttentionEngine {

  /** The ranked tickets and what was looked at. */
  public record Found(
      List<Attention.Item> items,
      int considered,
      int withReasons,
      ListReader.Read read,
      int requests) {}

  private final TicketSource source;
  private final Runner runner;
  private final Consumer<String> progress;
  private final int inFlight;

  public AttentionEngine(
      TicketSource source, Runner runner, Consumer<String> progress, int inFlight) {
    this.source = source;
    this.runner = runner;
    this.progress = progress;
    this.inFlight = inFlight;
  }

  /**
   * @param members the tickets of the set (Kayako's rows may include some the filter's local parts
   *     exclude)
   */
  public Found run(Predicate<Ticket> members, Directory directory, long now, int limit, int cap) {
    // A few spare candidates: a conversation may lift one of them above the last of the list.
    Attention attention = new Attention(directory, now, limit + Math.max(5, limit / 2));
    ListReader.Read read =
        new ListReader(source, runner, progress, ReportEngine.PAGE_SIZE, inFlight)
            .read(
                ReadOrder.ID_DESC,
                null,
                cap,
                page -> {
                  for (Ticket t : page) {
                    if (members.test(t)) {
                      attention.add(t);
                    }
                  }
                });
    List<Attention.Item> candidates = attention.ranked();
    List<Attention.Item> waiting =
        candidates.stream().filter(i -> GroupStats.isWaitingOnStaff(i.ticket())).toList();
    List<Attention.Item> ranked = new ArrayList<>(candidates);
    ranked.removeAll(waiting);
    Deque<Future<Integer>> running = new ArrayDeque<>();
    Deque<Attention.Item> pending = new ArrayDeque<>();
    int done = 0;
    for (Attention.Item item : waiting) {
      if (running.size() == 2 * inFlight) {
        ranked.add(
            Attention.withConversation(pending.removeFirst(), runner.join(running.removeFirst())));
        progress.accept("read conversation " + ++done + " of " + waiting.size());
      }
      int id = item.ticket().id();
      running.addLast(
          runner.start(() -> ResponseTimes.unansweredCustomerPosts(source.withPosts(id))));
      pending.addLast(item);
    }
    while (!running.isEmpty()) {
      ranked.add(
          Attention.withConversation(pending.removeFirst(), runner.join(running.removeFirst())));
      progress.accept("read conversation " + ++done + " of " + waiting.size());
    }
    List<Attention.Item> sorted = Attention.sorted(ranked);
    return new Found(
        sorted.subList(0, Math.min(limit, sorted.size())),
        attention.considered(),
        attention.withReasons(),
        read,
        read.requests() + waiting.size());
  }
}
