package dev.kayakomcp.report;

import dev.kayakomcp.model.Ticket;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a {@link ReportPlan}: streams the list pages into the window's (and the previous window's)
 * {@link Aggregation}, then reads the sampled tickets' conversations for first response times,
 * reporting progress as pages arrive (the source reports the conversations).
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

  /** Reads the sampled tickets' conversations (the source reads them side by side). */
  private int readTimes(Aggregation aggregation) {
    List<Aggregation.Sampled> sample = aggregation.sample();
    if (sample.isEmpty()) {
      return 0;
    }
    Map<Integer, Ticket> read =
        source.withPosts(sample.stream().map(Aggregation.Sampled::ticketId).toList());
    for (Aggregation.Sampled s : sample) {
      Ticket t = read.get(s.ticketId());
      if (t != null) {
        aggregation.addTimed(s, ResponseTimes.firstResponse(t));
      }
    }
    return sample.size();
  }
}
