package dev.kayakomcp.tools;

import dev.kayakomcp.client.TicketQuery;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.report.ReadOrder;
import dev.kayakomcp.report.Runner;
import dev.kayakomcp.report.TicketSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

/**
 * A report's ticket set read from Kayako: the filter's ListAll query page by page, its
 * GetTicketCount, and tickets with their conversations through the ticket loader (side by side,
 * each reported to the call's progress); also the pool the list reads run on.
 */
final class ReportSource implements TicketSource, Runner {

  private final ToolContext context;
  private final TicketQuery query;
  private final Parallel parallel;

  ReportSource(ToolContext context, TicketFilter filter) {
    this.context = context;
    this.query = filter.query();
    // The report reports its own steps (pages, conversations), not each joined call.
    this.parallel = context.parallel().withProgress(Progress.NONE);
  }

  @Override
  public OptionalLong count() {
    return context.client().countTickets(query);
  }

  @Override
  public List<Ticket> page(ReadOrder order, int start, int count) {
    return context
        .client()
        .listTickets(
            query.page(count, start).sortedBy(order.sortField(), TicketQuery.SortOrder.DESC));
  }

  @Override
  public Map<Integer, Ticket> withPosts(List<Integer> ticketIds) {
    Map<Integer, Ticket> out = new HashMap<>();
    for (LoadedTicket t :
        context
            .tickets()
            .loadAll(ticketIds.stream().map(TicketRef::of).toList(), TicketParts.TICKET)) {
      out.put(t.asked().numericId(), t.ticket());
    }
    return out;
  }

  @Override
  public <T> Future<T> start(Callable<T> task) {
    return parallel.start(task::call);
  }

  @Override
  public <T> T join(Future<T> future) {
    return parallel.join(future);
  }
}
