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
  private final AttachmentLimits attachmentLimits;
  private final WriteContext writes;
  private final Confirmer confirmer;
  private final Progress progress;

  // ---- resilience (issue 6): the deadline of one tool call ----
  /** How long one tool call may spend on Kayako, retries and waits included. */
  public static final Duration DEFAULT_CALL_DEADLINE = Duration.ofSeconds(60);

  private final Duration callDeadline;

  // ---- reports (issue 11) ----
  private final Reports reports;

  public ToolContext(
      KayakoClient client, Clock clock, Parallel parallel, SearchResultCache searchCache) {
    this(client, clock, parallel, searchCache, AttachmentLimits.DEFAULTS);
  }

  public ToolContext(
      KayakoClient client,
      Clock clock,
      Parallel parallel,
      SearchResultCache searchCache,
      AttachmentLimits attachmentLimits) {
    this(
        client,
        clock,
        parallel,
        searchCache,
        attachmentLimits,
        WriteContext.readOnly(clock),
        Confirmer.NONE,
        Progress.NONE);
  }

  public ToolContext(
      KayakoClient client,
      Clock clock,
      Parallel parallel,
      SearchResultCache searchCache,
      WriteContext writes,
      Confirmer confirmer) {
    this(
        client,
        clock,
        parallel,
        searchCache,
        AttachmentLimits.DEFAULTS,
        writes,
        confirmer,
        Progress.NONE);
  }

  public ToolContext(
      KayakoClient client,
      Clock clock,
      Parallel parallel,
      SearchResultCache searchCache,
      Duration callDeadline) {
    this(
        client,
        clock,
        parallel,
        searchCache,
        AttachmentLimits.DEFAULTS,
        WriteContext.readOnly(clock),
        Confirmer.NONE,
        Progress.NONE,
        callDeadline,
        Reports.standard());
  }

  private ToolContext(
      KayakoClient client,
      Clock clock,
      Parallel parallel,
      SearchResultCache searchCache,
      AttachmentLimits attachmentLimits,
      WriteContext writes,
      Confirmer confirmer,
      Progress progress) {
    this(
        client,
        clock,
        parallel,
        searchCache,
        attachmentLimits,
        writes,
        confirmer,
        progress,
        DEFAULT_CALL_DEADLINE,
        Reports.standard());
  }

  private ToolContext(
      KayakoClient client,
      Clock clock,
      Parallel parallel,
      SearchResultCache searchCache,
      AttachmentLimits attachmentLimits,
      WriteContext writes,
      Confirmer confirmer,
      Progress progress,
      Duration callDeadline,
      Reports reports) {
    this.client = client;
    this.clock = clock;
    this.times = new Times(clock);
    this.parallel = parallel;
    this.searchCache = searchCache;
    this.attachmentLimits = attachmentLimits;
    this.writes = writes;
    this.confirmer = confirmer;
    this.progress = progress;
    this.callDeadline = callDeadline;
    this.reports = reports;
  }

  /** The same context whose tool calls may spend at most {@code deadline} on Kayako. */
  public ToolContext withCallDeadline(Duration deadline) {
    return new ToolContext(
        client,
        clock,
        parallel,
        searchCache,
        attachmentLimits,
        writes,
        confirmer,
        progress,
        deadline,
        reports);
  }

  /**
   * The same context for one tool call whose steps go to {@code progress}: each finished lookup
   * table fetch and each joined parallel call is reported.
   */
  public ToolContext withProgress(Progress other) {
    return new ToolContext(
        client,
        clock,
        parallel.withProgress(other),
        searchCache,
        attachmentLimits,
        writes,
        confirmer,
        other,
        callDeadline,
        reports);
  }

  /** The same context, asking a particular client's person for confirmations. */
  public ToolContext withConfirmer(Confirmer other) {
    return new ToolContext(
        client,
        clock,
        parallel,
        searchCache,
        attachmentLimits,
        writes,
        other,
        progress,
        callDeadline,
        reports);
  }

  /** The same context with these write settings, audit log and ledger. */
  public ToolContext withWrites(WriteContext other) {
    return new ToolContext(
        client,
        clock,
        parallel,
        searchCache,
        attachmentLimits,
        other,
        confirmer,
        progress,
        callDeadline,
        reports);
  }

  /** The same context with this report cap and answer cache. */
  public ToolContext withReports(Reports other) {
    return new ToolContext(
        client,
        clock,
        parallel,
        searchCache,
        attachmentLimits,
        writes,
        confirmer,
        progress,
        callDeadline,
        other);
  }

  /** The report tools' cap and answer cache. */
  public Reports reports() {
    return reports;
  }

  /** How much of an attachment a tool returns, by kind. */
  public AttachmentLimits attachmentLimits() {
    return attachmentLimits;
  }

  /** Where this call reports its steps ({@link Progress#NONE} unless the client asked). */
  public Progress progress() {
    return progress;
  }

  public WriteContext writes() {
    return writes;
  }

  public Confirmer confirmer() {
    return confirmer;
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
    Directory directory =
        new Directory(
            parallel.join(departments),
            parallel.join(statuses),
            parallel.join(priorities),
            parallel.join(types),
            parallel.join(staff));
    progress.step("lookup tables loaded");
    return directory;
  }
}
