package dev.kayakomcp.report;

import dev.kayakomcp.model.Ticket;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Runs a {@link ReportPlan}: streams the list pages into the window's (and the previous window's)
 * {@link Aggregation}, then reads the sampled tickets' conversations side by side for first
 * response times, reporting progress as pages and conversations arrive.
 */
public final class ReportEngine {

  /** Rows per list page: Kayako has no hard limit; larger pages cost more memory per request. */
  public static final int PAGE_SIZE = 1000;

  private final TicketSource source;
  private final Runner runner;
  private final Consumer<String> progress;
  private final int inFlight;

  public ReportEngine(TicketSource source, Runner runner, Consumer<String> progress, int inFlight) {
    this.source = source;
    this.runner = runner;
    this.progress = progress;
    this.inFlight = inFlight;
  }

  public ReportResult run(ReportPlan plan) {
    Aggregation current =
        new Aggregation(plan.dimensions(), plan.directory(), plan.now(), plan.maxTicketsForTimes());
    Aggregation previous =
        plan.previous() == null
            ? null
            : new Aggregation(
                plan.dimensions(), plan.directory(), plan.now(), plan.maxTicketsForTimes());
    ListReader reader = new ListReader(source, runner, progress, PAGE_SIZE, inFlight);
    ListReader.Read read =
        reader.read(
            plan.order(),
            plan.stopBelow(),
            plan.cap(),
            page -> {
              for (Ticket t : page) {
                if (plan.current().test(t)) {
                  current.add(t);
                } else if (previous != null && plan.previous().test(t)) {
                  previous.add(t);
                }
              }
            });
    int conversations = readTimes(current);
    if (previous != null) {
      conversations += readTimes(previous);
    }
    return new ReportResult(current, previous, read, read.requests() + conversations);
  }

  /**
   * Reads the sampled conversations, twice as many at a time as list pages (each is small); returns
   * how many.
   */
  private int readTimes(Aggregation aggregation) {
    List<Aggregation.Sampled> sample = aggregation.sample();
    Deque<Future<Long>> running = new ArrayDeque<>();
    Deque<Aggregation.Sampled> pending = new ArrayDeque<>();
    int done = 0;
    for (Aggregation.Sampled s : sample) {
      if (running.size() == 2 * inFlight) {
        aggregation.addTimed(pending.removeFirst(), runner.join(running.removeFirst()));
        progress.accept("read conversation " + ++done + " of " + sample.size());
      }
      running.addLast(
          runner.start(() -> ResponseTimes.firstResponse(source.withPosts(s.ticketId()))));
      pending.addLast(s);
    }
    while (!running.isEmpty()) {
      aggregation.addTimed(pending.removeFirst(), runner.join(running.removeFirst()));
      progress.accept("read conversation " + ++done + " of " + sample.size());
    }
    return sample.size();
  }
}
