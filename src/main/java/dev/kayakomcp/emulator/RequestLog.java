package dev.kayakomcp.emulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every request the emulator's REST API received, in arrival order, so tests and the bench can
 * count what a tool call costs Kayako. Thread-safe; recording is one short lock. Only the newest
 * {@link #CAPACITY} requests are kept, so a long-running emulator does not grow without bound.
 *
 * <pre>{@code
 * kayako.requests().reset();
 * ... one tool call ...
 * List<RequestLog.Entry> made = kayako.requests().drain();
 * }</pre>
 */
public final class RequestLog {

  /** The most requests held at once; older ones are dropped (and still counted in total). */
  public static final int CAPACITY = 100_000;

  private static final Pattern ACTION = Pattern.compile("[A-Za-z]+");

  /**
   * One request as received.
   *
   * @param method upper-case HTTP method
   * @param route the route with its segments, e.g. {@code /Tickets/Ticket/42}, or "" when the
   *     request named none
   * @param faulted whether a configured fault (latency aside) answered instead of the API
   */
  public record Entry(String method, String route, boolean faulted) {

    /** The route's segments, e.g. {@code [Tickets, Ticket, 42]}. */
    public List<String> segments() {
      List<String> out = new ArrayList<>();
      for (String s : route.split("/")) {
        if (!s.isEmpty()) {
          out.add(s);
        }
      }
      return out;
    }

    /**
     * Which endpoint this was, without ids: the method, controller path and action, e.g. {@code GET
     * /Tickets/Ticket}, {@code GET /Tickets/Ticket/ListAll}, {@code GET
     * /Tickets/TicketNote/ListAll}, {@code POST /Tickets/TicketSearch}.
     */
    public String endpoint() {
      List<String> s = segments();
      StringBuilder sb = new StringBuilder(method).append(' ');
      for (int i = 0; i < Math.min(2, s.size()); i++) {
        sb.append('/').append(s.get(i));
      }
      if (s.size() > 2 && ACTION.matcher(s.get(2)).matches()) {
        sb.append('/').append(s.get(2));
      }
      return sb.toString();
    }
  }

  private final ArrayDeque<Entry> entries = new ArrayDeque<>();
  private long total;

  /** Records one request. */
  public void record(String method, String route, boolean faulted) {
    Entry e = new Entry(method.toUpperCase(Locale.ROOT), route == null ? "" : route, faulted);
    synchronized (entries) {
      if (entries.size() == CAPACITY) {
        entries.removeFirst();
      }
      entries.addLast(e);
      total++;
    }
  }

  /** The requests held, oldest first. */
  public List<Entry> snapshot() {
    synchronized (entries) {
      return List.copyOf(entries);
    }
  }

  /** The requests held, oldest first, and forgets them (one step: none is lost or seen twice). */
  public List<Entry> drain() {
    synchronized (entries) {
      List<Entry> out = List.copyOf(entries);
      entries.clear();
      total = 0;
      return out;
    }
  }

  /** Forgets every request. */
  public void reset() {
    drain();
  }

  /** Requests received since the last reset, including any dropped for capacity. */
  public long count() {
    synchronized (entries) {
      return total;
    }
  }

  /** How many requests each {@link Entry#endpoint()} received, by endpoint name. */
  public static Map<String, Integer> byEndpoint(List<Entry> requests) {
    Map<String, Integer> out = new TreeMap<>();
    requests.forEach(e -> out.merge(e.endpoint(), 1, Integer::sum));
    return out;
  }
}
