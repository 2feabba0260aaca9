package dev.kayakomcp.report;

import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Finds the open tickets to work on first: streams the open set's list pages through {@link
 * Attention}, then reads conversations (to count customer posts with no staff answer) of waiting
 * candidates, highest possible score first, only until no further ticket could reach the first
 * {@code limit}: the ranking is exact without reading every conversation.
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
    Attention attention = new Attention(directory, now, limit);
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
    List<Attention.Item> ranked = new ArrayList<>();
    List<Attention.Item> pending = new ArrayList<>();
    int reads = 0;
    for (Attention.Item c : attention.candidates()) {
      if (kthScore(ranked, limit) > Attention.upperBound(c)) {
        break; // nobody further down can reach the first `limit`, whatever they wrote
      }
      if (!Attention.needsConversation(c)) {
        ranked.add(c);
        continue;
      }
      pending.add(c);
      if (pending.size() == 2 * inFlight) {
        reads += readConversations(pending, ranked);
      }
    }
    reads += readConversations(pending, ranked);
    List<Attention.Item> sorted = Attention.sorted(ranked);
    return new Found(
        sorted.subList(0, Math.min(limit, sorted.size())),
        attention.considered(),
        attention.withReasons(),
        read,
        read.requests() + reads);
  }

  /** The {@code k}-th best score ranked so far; -1 while fewer are ranked. */
  private static long kthScore(List<Attention.Item> ranked, int k) {
    if (ranked.size() < k) {
      return -1;
    }
    PriorityQueue<Long> best = new PriorityQueue<>();
    for (Attention.Item i : ranked) {
      best.add(i.score());
      if (best.size() > k) {
        best.poll();
      }
    }
    return best.peek();
  }

  /** Reads the pending candidates' conversations and ranks them; returns how many. */
  private int readConversations(List<Attention.Item> pending, List<Attention.Item> ranked) {
    if (pending.isEmpty()) {
      return 0;
    }
    Map<Integer, Ticket> read =
        source.withPosts(pending.stream().map(i -> i.ticket().id()).toList());
    for (Attention.Item item : pending) {
      Ticket t = read.get(item.ticket().id());
      // A ticket deleted since it was listed needs no attention.
      if (t != null) {
        ranked.add(Attention.withConversation(item, ResponseTimes.unansweredCustomerPosts(t)));
      }
    }
    int n = pending.size();
    pending.clear();
    return n;
  }
}
