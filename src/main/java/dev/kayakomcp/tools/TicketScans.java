package dev.kayakomcp.tools;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.kayakomcp.model.Ticket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Scans in progress: the rows a filter Kayako cannot apply has matched so far, and where reading
 * stopped, so the next page of the same listing continues from there instead of reading the rows
 * already passed again. Kept briefly (like search results) and bounded by the tickets held.
 */
public final class TicketScans {

  /** What identifies a scan: the filter and the order rows are read in. */
  record Key(TicketFilter filter, String sortField, String sortOrder) {}

  /** One scan's progress; callers lock it while they extend it. */
  static final class Scan {
    final List<Ticket> matched = new ArrayList<>();
    int scanned;
    boolean complete;
  }

  private final Cache<Key, Scan> cache;

  /**
   * @param ttl how long a scan is continued after its last page
   * @param maxTickets matched tickets held over all scans; 0 turns continuation off
   */
  public TicketScans(Duration ttl, long maxTickets) {
    this.cache =
        Caffeine.newBuilder()
            .expireAfterWrite(ttl)
            .maximumWeight(maxTickets)
            .<Key, Scan>weigher((k, v) -> 1 + Math.min(v.matched.size(), 1_000_000))
            .executor(Runnable::run)
            .build();
  }

  public static TicketScans standard() {
    return new TicketScans(Duration.ofMinutes(5), 50_000L);
  }

  /** Scans that keep nothing ({@code --no-cache}): every page reads from the start. */
  public static TicketScans disabled() {
    return new TicketScans(Duration.ofMinutes(5), 0L);
  }

  /** Forgets every scan. */
  public void clear() {
    cache.invalidateAll();
  }

  /** A new scan for this key, replacing any earlier one (a first page always reads afresh). */
  Scan fresh(Key key) {
    Scan scan = new Scan();
    cache.put(key, scan);
    return scan;
  }

  /** The scan for this key, started empty when there is none. */
  Scan get(Key key) {
    return cache.get(key, k -> new Scan());
  }

  /** Records that a scan grew, so its weight and expiry are updated. */
  void touch(Key key, Scan scan) {
    cache.put(key, scan);
  }
}
