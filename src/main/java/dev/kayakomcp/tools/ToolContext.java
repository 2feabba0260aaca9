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

/**
 * What every tool may use: the Kayako client, the ticket loader, the clock, a pool for parallel
 * calls, caches, write settings and the call's progress and deadline. Built one way, with {@link
 * #builder}; the {@code with…} methods derive a copy for one call or setting.
 */
public final class ToolContext {

  /** How long one tool call may spend on Kayako, retries and waits included. */
  public static final Duration DEFAULT_CALL_DEADLINE = Duration.ofSeconds(60);

  private final KayakoClient client;
  private final Clock clock;
  private final Times times;
  private final Parallel parallel;
  private final SearchResultCache searchCache;
  private final TicketScans ticketScans;
  private final AttachmentLimits attachmentLimits;
  private final WriteContext writes;
  private final Confirmer confirmer;
  private final Progress progress;
  private final Duration callDeadline;
  private final Reports reports;

  private ToolContext(Builder b) {
    this.client = b.client;
    this.clock = b.clock;
    this.times = new Times(b.clock);
    this.parallel = b.parallel;
    this.searchCache = b.searchCache;
    this.ticketScans = b.ticketScans;
    this.attachmentLimits = b.attachmentLimits;
    this.writes = b.writes != null ? b.writes : WriteContext.readOnly(b.clock);
    this.confirmer = b.confirmer;
    this.progress = b.progress;
    this.callDeadline = b.callDeadline;
    this.reports = b.reports;
  }

  /**
   * A builder with the defaults: system UTC clock, the standard search cache and scans, default
   * attachment limits, read-only writes, no confirmer, no progress, {@link #DEFAULT_CALL_DEADLINE}.
   */
  public static Builder builder(KayakoClient client, Parallel parallel) {
    return new Builder(client, parallel);
  }

  /** A builder holding this context's settings. */
  public Builder toBuilder() {
    Builder b = new Builder(client, parallel);
    b.clock = clock;
    b.searchCache = searchCache;
    b.ticketScans = ticketScans;
    b.attachmentLimits = attachmentLimits;
    b.writes = writes;
    b.confirmer = confirmer;
    b.progress = progress;
    b.callDeadline = callDeadline;
    b.reports = reports;
    return b;
  }

  /** Sets what a {@link ToolContext} holds; every setting but client and pool has a default. */
  public static final class Builder {
    private final KayakoClient client;
    private Parallel parallel;
    private Clock clock = Clock.systemUTC();
    private SearchResultCache searchCache = SearchResultCache.standard();
    private TicketScans ticketScans = TicketScans.standard();
    private AttachmentLimits attachmentLimits = AttachmentLimits.DEFAULTS;
    private WriteContext writes;
    private Confirmer confirmer = Confirmer.NONE;
    private Progress progress = Progress.NONE;
    private Duration callDeadline = DEFAULT_CALL_DEADLINE;
    private Reports reports = Reports.standard();

    private Builder(KayakoClient client, Parallel parallel) {
      this.client = client;
      this.parallel = parallel;
    }

    public Builder clock(Clock value) {
      this.clock = value;
      return this;
    }

    public Builder searchCache(SearchResultCache value) {
      this.searchCache = value;
      return this;
    }

    /** Listings in progress that later pages continue; default {@link TicketScans#standard()}. */
    public Builder ticketScans(TicketScans value) {
      this.ticketScans = value;
      return this;
    }

    public Builder attachmentLimits(AttachmentLimits value) {
      this.attachmentLimits = value;
      return this;
    }

    /** Write settings, audit log and ledger; default: read-only on this builder's clock. */
    public Builder writes(WriteContext value) {
      this.writes = value;
      return this;
    }

    public Builder confirmer(Confirmer value) {
      this.confirmer = value;
      return this;
    }

    /** Where the call reports its steps; the pool's joins report there too. */
    public Builder progress(Progress value) {
      this.progress = value;
      this.parallel = parallel.withProgress(value);
      return this;
    }

    public Builder callDeadline(Duration value) {
      this.callDeadline = value;
      return this;
    }

    /** The report tools' cap and answer cache; default {@link Reports#standard()}. */
    public Builder reports(Reports value) {
      this.reports = value;
      return this;
    }

    public ToolContext build() {
      return new ToolContext(this);
    }
  }

  /** The same context whose tool calls may spend at most {@code deadline} on Kayako. */
  public ToolContext withCallDeadline(Duration deadline) {
    return toBuilder().callDeadline(deadline).build();
  }

  /**
   * The same context for one tool call whose steps go to {@code progress}: each finished lookup
   * table fetch and each joined parallel call is reported.
   */
  public ToolContext withProgress(Progress other) {
    return toBuilder().progress(other).build();
  }

  /** The same context, asking a particular client's person for confirmations. */
  public ToolContext withConfirmer(Confirmer other) {
    return toBuilder().confirmer(other).build();
  }

  /** The same context with these write settings, audit log and ledger. */
  public ToolContext withWrites(WriteContext other) {
    return toBuilder().writes(other).build();
  }

  /** The same context with this report cap and answer cache. */
  public ToolContext withReports(Reports other) {
    return toBuilder().reports(other).build();
  }

  /** The report tools' cap and answer cache. */
  public Reports reports() {
    return reports;
  }

  /** The one way tools read tickets: ids resolved once, the ticket GET reused for its parts. */
  public TicketLoader tickets() {
    return new TicketLoader(this);
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

  /** Listings in progress, so a next page continues where the last one stopped reading. */
  public TicketScans ticketScans() {
    return ticketScans;
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
