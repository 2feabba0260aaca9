package dev.kayakomcp.report;

import dev.kayakomcp.model.Ticket;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Streams a ticket set's list pages into a consumer: pages of up to {@code pageSize} rows, several
 * in flight at once, each handed over as soon as it arrives and then dropped, so memory holds a few
 * pages, never the set.
 *
 * <p>Without a time window the total is asked first and every page is known in advance; with one,
 * pages are read newest first in waves of 1, 2, 4, ... pages until a page reaches past the window's
 * start (so a small window costs one request).
 */
public final class ListReader {

  /**
   * What reading found: tickets read, the set's total when known, and whether the cap stopped it.
   */
  public record Read(long ticketsRead, OptionalLong total, boolean capped, int requests) {}

  private final TicketSource source;
  private final Runner runner;
  private final Consumer<String> progress;
  private final int pageSize;
  private final int inFlight;

  public ListReader(
      TicketSource source, Runner runner, Consumer<String> progress, int pageSize, int inFlight) {
    this.source = source;
    this.runner = runner;
    this.progress = progress;
    this.pageSize = pageSize;
    this.inFlight = inFlight;
  }

  /**
   * Reads the whole set (at most {@code cap} tickets, the newest ones) in {@code order}.
   *
   * @param stopBelow with a time order, the window's start: reading ends at the first page whose
   *     last ticket is older; null to read to the end
   */
  public Read read(ReadOrder order, Long stopBelow, int cap, Consumer<List<Ticket>> sink) {
    return order == ReadOrder.ID_DESC || stopBelow == null
        ? readCounted(order, cap, sink)
        : readUntil(order, stopBelow, cap, sink);
  }

  private Read readCounted(ReadOrder order, int cap, Consumer<List<Ticket>> sink) {
    OptionalLong total = source.count();
    if (total.isEmpty()) {
      // An old Kayako without GetTicketCount: read to the first short page.
      return readUntil(order, Long.MIN_VALUE, cap, sink);
    }
    long wanted = Math.min(total.getAsLong(), cap);
    int pages = (int) ((wanted + pageSize - 1) / pageSize);
    Deque<Future<Integer>> running = new ArrayDeque<>();
    long read = 0;
    int joined = 0;
    for (int i = 0; i < pages; i++) {
      if (running.size() == inFlight) {
        read += step(runner.join(running.removeFirst()), read, pages, ++joined);
      }
      int start = i * pageSize;
      int rows = (int) Math.min(pageSize, wanted - start);
      running.addLast(runner.start(() -> deliver(source.page(order, start, rows), sink)));
    }
    while (!running.isEmpty()) {
      read += step(runner.join(running.removeFirst()), read, pages, ++joined);
    }
    return new Read(read, total, total.getAsLong() > cap, pages + 1);
  }

  private Read readUntil(ReadOrder order, long stopBelow, int cap, Consumer<List<Ticket>> sink) {
    long read = 0;
    int requests = 0;
    int wave = 1;
    int next = 0;
    while (true) {
      List<Future<List<Ticket>>> running = new ArrayList<>();
      List<Integer> asked = new ArrayList<>();
      for (int i = 0; i < wave && (long) (next + i) * pageSize < cap; i++) {
        int start = (next + i) * pageSize;
        int rows = (int) Math.min(pageSize, (long) cap - start);
        asked.add(rows);
        running.add(runner.start(() -> source.page(order, start, rows)));
      }
      next += running.size();
      requests += running.size();
      boolean complete = false;
      for (int i = 0; i < running.size(); i++) {
        List<Ticket> page = runner.join(running.get(i));
        if (complete) {
          continue; // already past the window: the rest of the wave adds nothing
        }
        read += deliver(page, sink);
        progress.accept("read " + read + " tickets");
        complete = page.size() < asked.get(i) || order.key(page.get(page.size() - 1)) < stopBelow;
      }
      if (complete) {
        return new Read(read, OptionalLong.empty(), false, requests);
      }
      if (read >= cap || running.isEmpty()) {
        return new Read(read, OptionalLong.empty(), true, requests);
      }
      wave = Math.min(wave * 2, inFlight);
    }
  }

  private int deliver(List<Ticket> page, Consumer<List<Ticket>> sink) {
    sink.accept(page);
    return page.size();
  }

  private long step(int rows, long before, int pages, int done) {
    progress.accept("read page " + done + " of " + pages + " (" + (before + rows) + " tickets)");
    return rows;
  }
}
