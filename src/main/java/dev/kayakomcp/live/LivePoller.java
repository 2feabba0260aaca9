package dev.kayakomcp.live;

import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.RateLimitedException;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.tools.ToolContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one poller of a server: while anything it understands is subscribed, it reads Kayako's newest
 * activity every interval ({@link ActivityFeed}) and announces each subscribed ticket that changed
 * and each subscribed queue whose content changed. One poll serves every session; with nothing
 * subscribed it makes no request at all. A failed poll (Kayako down, rate limited, circuit open)
 * only delays the next one — twice the interval per failure in a row, at most ten intervals, or
 * what Kayako's Retry-After asks — and never reaches a session.
 */
public final class LivePoller implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LivePoller.class);

  /** Queues are read in full once, when first subscribed, up to this many tickets. */
  private static final int QUEUE_SNAPSHOT_LIMIT = 10_000;

  private final ToolContext context;
  private final Duration interval;
  private final Consumer<String> announce;
  private final ActivityFeed feed;
  private final QueueReader queues;
  private final ScheduledExecutorService timer;
  private final AtomicLong polls = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong failedPolls = new AtomicLong();

  private volatile List<Watch> watches = List.of();
  private ScheduledFuture<?> next;
  private long generation;
  private int failures;

  /** The generation the poller thread last polled for; a new one starts from scratch. */
  private long polledGeneration = -1;

  /**
   * Whether this generation's first read failed. The first read only marks where changes start, so
   * whatever changed between the subscription and the first read that worked would go unheard: that
   * read then announces every subscription once instead.
   */
  private boolean startMissed;

  /** Tickets held by each subscribed queue, kept up to date from the activity (poller thread). */
  private final Map<Queue, Set<Integer>> members = new HashMap<>();

  /**
   * @param context the client and lookups to read with
   * @param interval time between polls
   * @param announce called with the URI of each subscribed resource that changed
   */
  public LivePoller(ToolContext context, Duration interval, Consumer<String> announce) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("the poll interval must be positive");
    }
    this.context = context;
    this.interval = interval;
    this.announce = announce;
    this.feed = new ActivityFeed(context.client());
    this.queues = new QueueReader(context.client(), context.clock());
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "kayako-live-poller");
              t.setDaemon(true);
              return t;
            });
  }

  /** The time between polls. */
  public Duration interval() {
    return interval;
  }

  /**
   * What is subscribed now, over all sessions. URIs that name nothing that changes are ignored;
   * polling starts with the first that does and stops with the last.
   */
  public synchronized void subscribed(Set<String> uris) {
    List<Watch> parsed = new ArrayList<>();
    for (String uri : new LinkedHashSet<>(uris)) {
      Watch.parse(uri).ifPresent(parsed::add);
    }
    watches = List.copyOf(parsed);
    if (parsed.isEmpty() && next != null) {
      next.cancel(false);
      next = null;
      generation++;
      LOG.debug("nothing subscribed: polling stopped");
    } else if (!parsed.isEmpty() && next == null) {
      generation++;
      failures = 0;
      long mine = generation;
      next = timer.schedule(() -> run(mine), 0, TimeUnit.MILLISECONDS);
      LOG.debug("polling Kayako every {} for {} subscriptions", interval, parsed.size());
    }
  }

  /** Whether a poll is scheduled (something is subscribed). */
  public synchronized boolean polling() {
    return next != null;
  }

  /** Polls completed since start (failed ones not counted). */
  public long polls() {
    return polls.get();
  }

  /** Polls that failed (and delayed the next one). */
  public long failedPolls() {
    return failedPolls.get();
  }

  /** Kayako list requests the polls made (queue snapshots included). */
  public long requests() {
    return requests.get();
  }

  private void run(long mine) {
    synchronized (this) {
      if (mine != generation) {
        return;
      }
    }
    if (mine != polledGeneration) {
      // Polling stopped and started again: what was seen before may be long out of date.
      feed.reset();
      members.clear();
      polledGeneration = mine;
      startMissed = false;
    }
    Duration delay = interval;
    try {
      pollOnce(startMissed);
      failures = 0;
      startMissed = false;
    } catch (RuntimeException e) {
      failures++;
      failedPolls.incrementAndGet();
      startMissed |= feed.atStart();
      delay = backoff(interval, failures, e);
      LOG.warn(
          "live updates: reading Kayako's activity failed ({}); next try in {} s",
          e.getMessage(),
          delay.toSeconds());
    }
    synchronized (this) {
      if (mine == generation) {
        next = timer.schedule(() -> run(mine), delay.toMillis(), TimeUnit.MILLISECONDS);
      }
    }
  }

  /**
   * The wait after {@code failures} failed polls in a row: the interval doubled per failure, at
   * most ten intervals, and never less than Kayako's Retry-After.
   */
  static Duration backoff(Duration interval, int failures, Exception e) {
    long factor = 1L << Math.min(Math.max(failures, 0), 4);
    Duration wait = interval.multipliedBy(Math.min(factor, 10));
    if (e instanceof RateLimitedException r && r.retryAfter().isPresent()) {
      Duration asked = r.retryAfter().get();
      wait = asked.compareTo(wait) > 0 ? asked : wait;
    }
    return wait;
  }

  /** One poll; its figures go to the debug log (the benchmark reads them there). */
  private void pollOnce(boolean catchUp) throws KayakoApiException {
    long started = System.nanoTime();
    long requestsBefore = requests.get();
    List<Watch> watching = watches;
    long now = context.clock().instant().getEpochSecond();
    Directory directory = context.directory();
    ActivityFeed.Delta delta = feed.read(directory);
    requests.addAndGet(delta.requests());
    Set<String> changed = new LinkedHashSet<>();
    Set<Queue> subscribedQueues = new HashSet<>();
    for (Watch w : watching) {
      if (w instanceof Watch.QueueWatch q) {
        subscribedQueues.add(q.queue());
      }
    }
    members.keySet().retainAll(subscribedQueues);
    if (delta.overflow() || (delta.first() && catchUp)) {
      watching.forEach(w -> changed.add(w.uri()));
      members.clear();
    } else {
      Map<String, List<String>> byRef = new HashMap<>();
      for (Watch w : watching) {
        if (w instanceof Watch.TicketWatch tw) {
          byRef.computeIfAbsent(tw.key(), k -> new ArrayList<>()).add(w.uri());
        }
      }
      for (Ticket t : delta.changed()) {
        changed.addAll(byRef.getOrDefault(String.valueOf(t.id()), List.of()));
        if (t.displayId() != null) {
          changed.addAll(byRef.getOrDefault(Watch.TicketWatch.keyOf(t.displayId()), List.of()));
        }
        for (Map.Entry<Queue, Set<Integer>> e : members.entrySet()) {
          boolean in = e.getKey().holds(t, directory, now);
          boolean was = in ? !e.getValue().add(t.id()) : e.getValue().remove(t.id());
          if (in || was) {
            changed.add(e.getKey().uri());
          }
        }
      }
    }
    for (Watch w : watching) {
      if (w instanceof Watch.QueueWatch q && changed.contains(q.queue().uri())) {
        changed.add(w.uri());
      }
    }
    for (String uri : changed) {
      try {
        announce.accept(uri);
      } catch (RuntimeException e) {
        LOG.debug("announcing {} failed", uri, e);
      }
    }
    // After the announcements: the activity read is already consumed, so a failed queue read
    // must not lose them; a queue whose read failed is read again next time.
    for (Queue q : subscribedQueues) {
      if (!members.containsKey(q)) {
        try {
          members.put(q, snapshot(q, directory));
        } catch (RuntimeException e) {
          LOG.warn("live updates: reading queue {} failed ({})", q.uri(), e.getMessage());
        }
      }
    }
    polls.incrementAndGet();
    LOG.debug(
        "live poll: {} Kayako requests, {} changed tickets, {} notified URIs, {} ms, {} watched",
        requests.get() - requestsBefore,
        delta.changed().size(),
        changed.size(),
        (System.nanoTime() - started) / 1_000_000,
        watching.size());
  }

  private Set<Integer> snapshot(Queue q, Directory directory) throws KayakoApiException {
    Set<Integer> ids = new HashSet<>();
    try {
      QueueReader.Contents c = queues.read(q, directory, QUEUE_SNAPSHOT_LIMIT);
      c.tickets().forEach(t -> ids.add(t.id()));
      requests.addAndGet(c.requests());
    } catch (IllegalArgumentException e) {
      LOG.debug("queue {} holds nothing: {}", q.uri(), e.getMessage());
    }
    return ids;
  }

  @Override
  public void close() {
    synchronized (this) {
      generation++;
      if (next != null) {
        next.cancel(false);
        next = null;
      }
    }
    timer.shutdownNow();
  }
}
