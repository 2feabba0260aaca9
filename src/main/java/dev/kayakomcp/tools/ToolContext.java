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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;

/** What every tool may use: the Kayako client, the clock, a pool for parallel calls, caches. */
public final class ToolContext {

  private final KayakoClient client;
  private final Clock clock;
  private final Times times;
  private final Parallel parallel;
  private final SearchResultCache searchCache;

  // ---- resilience (issue 6): the deadline of one tool call ----
  /** How long one tool call may spend on Kayako, retries and waits included. */
  public static final Duration DEFAULT_CALL_DEADLINE = Duration.ofSeconds(60);

  private final Duration callDeadline;

  public ToolContext(
      KayakoClient client, Clock clock, Parallel parallel, SearchResultCache searchCache) {
    this(client, clock, parallel, searchCache, DEFAULT_CALL_DEADLINE);
  }

  public ToolContext(
      KayakoClient client,
      Clock clock,
      Parallel parallel,
      SearchResultCache searchCache,
      Duration callDeadline) {
    this.client = client;
    this.clock = clock;
    this.times = new Times(clock);
    this.parallel = parallel;
    this.searchCache = searchCache;
    this.callDeadline = callDeadline;
  }

  /** The deadline {@link ToolInvoker} puts on each tool call. */
  public Duration callDeadline() {
    return callDeadline;
  }

  // ---- end resilience ----

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
    if (client.ticketLookupsCached()) {
      // All in memory: five pool hops would cost more than the reads (issue 6, speed).
      return new Directory(
          client.departments(),
          client.ticketStatuses(),
          client.ticketPriorities(),
          client.ticketTypes(),
          client.staff());
    }
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
