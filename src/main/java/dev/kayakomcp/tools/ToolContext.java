package dev.kayakomcp.tools;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.format.Times;
import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.TicketPriority;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.model.TicketType;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Future;

/** What every tool may use: the Kayako client, the clock, a pool for parallel calls, caches. */
public final class ToolContext {

  private final KayakoClient client;
  private final Clock clock;
  private final Times times;
  private final Parallel parallel;
  private final SearchResultCache searchCache;
  private final WriteContext writes;
  private final Confirmer confirmer;

  public ToolContext(
      KayakoClient client, Clock clock, Parallel parallel, SearchResultCache searchCache) {
    this(client, clock, parallel, searchCache, WriteContext.readOnly(clock), Confirmer.NONE);
  }

  public ToolContext(
      KayakoClient client,
      Clock clock,
      Parallel parallel,
      SearchResultCache searchCache,
      WriteContext writes,
      Confirmer confirmer) {
    this.client = client;
    this.clock = clock;
    this.times = new Times(clock);
    this.parallel = parallel;
    this.searchCache = searchCache;
    this.writes = writes;
    this.confirmer = confirmer;
  }

  /** The same context, asking a particular client's person for confirmations. */
  public ToolContext withConfirmer(Confirmer other) {
    return new ToolContext(client, clock, parallel, searchCache, writes, other);
  }

  public WriteContext writes() {
    return writes;
  }

  public Confirmer confirmer() {
    return confirmer;
  }

  public KayakoClient client() {
    return client;
  }

  public Clock clock() {
    return clock;
  }

  public Times times() {
    return times;
  }

  public Parallel parallel() {
    return parallel;
  }

  public SearchResultCache searchCache() {
    return searchCache;
  }

  /**
   * The lookup tables, fetched side by side; the client caches each, so after the first call this
   * costs no request.
   */
  public Directory directory() throws KayakoApiException {
    Future<List<Department>> departments = parallel.start(client::departments);
    Future<List<TicketStatus>> statuses = parallel.start(client::ticketStatuses);
    Future<List<TicketPriority>> priorities = parallel.start(client::ticketPriorities);
    Future<List<TicketType>> types = parallel.start(client::ticketTypes);
    Future<List<Staff>> staff = parallel.start(client::staff);
    return new Directory(
        parallel.join(departments),
        parallel.join(statuses),
        parallel.join(priorities),
        parallel.join(types),
        parallel.join(staff));
  }
}
