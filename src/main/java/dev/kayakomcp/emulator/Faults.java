package dev.kayakomcp.emulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Transport faults the emulator injects into API answers, changeable while it runs. Shares are
 * probabilities from 0 to 1 (1 = every request). When {@link #remaining()} is positive only that
 * many further API requests are affected, after which every fault is switched off again.
 *
 * <p>Per request at most one fault kind applies, tried in this order: no answer, HTML proxy page,
 * 5xx, 429, cut connection, malformed XML, PHP notice before the XML. Latency and slow body combine
 * with any of them. With {@link #afterCall(boolean)} the call runs first and the fault (and the
 * latency) follow, as when a proxy or the network fails after the helpdesk stored a write.
 */
public final class Faults {

  /** What happens to one request. */
  public enum Kind {
    NONE,
    /** Hold the request open without answering, then drop the connection. */
    NO_ANSWER,
    /** An nginx-like HTML "502 Bad Gateway" page. */
    HTML_ERROR,
    /** A plain 500, 502 or 503 without touching the helpdesk. */
    SERVER_ERROR,
    /** 429 with {@code Retry-After}. */
    RATE_LIMIT,
    /** Process the call, then close the connection half-way through the body. */
    CUT,
    /** Process the call, then send a body that is not well-formed XML. */
    MALFORMED,
    /** Process the call, then put a PHP notice in front of the XML (some servers do). */
    PHP_NOTICE
  }

  /** The decision for one request. */
  public record Plan(
      Kind kind,
      long latencyMs,
      int bytesPerSecond,
      int status,
      int retryAfterSeconds,
      long holdMs,
      boolean afterCall) {
    public static final Plan NONE = new Plan(Kind.NONE, 0, 0, 0, 0, 0, false);
  }

  private long latencyMs;
  private int bytesPerSecond;
  private double serverErrorShare;
  private int serverErrorStatus;
  private double rateLimitShare;
  private int retryAfterSeconds = 1;
  private double noAnswerShare;
  private long noAnswerMs = 30_000;
  private double cutShare;
  private double malformedShare;
  private double htmlErrorShare;
  private double phpNoticeShare;
  private int remaining = -1;
  private String onlyMethod = "";
  private boolean afterCall;

  /** Added delay before every answer, in milliseconds. */
  public synchronized Faults latencyMs(long ms) {
    this.latencyMs = Math.max(0, ms);
    return this;
  }

  /** Body write speed in bytes per second; 0 = full speed. */
  public synchronized Faults bytesPerSecond(int rate) {
    this.bytesPerSecond = Math.max(0, rate);
    return this;
  }

  /**
   * Share of requests answered with a server error.
   *
   * @param status 500, 502 or 503; 0 picks one of the three at random per request
   */
  public synchronized Faults serverErrors(double share, int status) {
    this.serverErrorShare = clamp(share);
    this.serverErrorStatus = status == 500 || status == 502 || status == 503 ? status : 0;
    return this;
  }

  /** Share of requests answered 429 with {@code Retry-After: seconds}. */
  public synchronized Faults rateLimit(double share, int retryAfterSeconds) {
    this.rateLimitShare = clamp(share);
    this.retryAfterSeconds = Math.max(0, retryAfterSeconds);
    return this;
  }

  /** Share of requests held open for {@code holdMs} (capped at 10 minutes) and then dropped. */
  public synchronized Faults noAnswer(double share, long holdMs) {
    this.noAnswerShare = clamp(share);
    this.noAnswerMs = Math.max(0, Math.min(holdMs, 600_000));
    return this;
  }

  /** Share of requests whose connection is cut half-way through the body. */
  public synchronized Faults cut(double share) {
    this.cutShare = clamp(share);
    return this;
  }

  /** Share of requests answered with malformed XML. */
  public synchronized Faults malformedXml(double share) {
    this.malformedShare = clamp(share);
    return this;
  }

  /** Share of requests answered with an HTML 502 proxy error page. */
  public synchronized Faults htmlError(double share) {
    this.htmlErrorShare = clamp(share);
    return this;
  }

  /** Share of successful answers preceded by a PHP notice (text before {@code <?xml}). */
  public synchronized Faults phpNotice(double share) {
    this.phpNoticeShare = clamp(share);
    return this;
  }

  /**
   * Limits faults to requests of one HTTP method (e.g. POST, to fault a write but not the reads
   * around it); "" for every method. Other requests pass untouched and are not counted.
   */
  public synchronized Faults onlyMethod(String method) {
    this.onlyMethod = method == null ? "" : method.strip().toUpperCase(java.util.Locale.ROOT);
    return this;
  }

  /**
   * Whether the call runs before the fault: a no-answer, HTML page, 5xx or 429 then follows a call
   * that changed the data, and latency delays the answer instead of the call — the realistic case
   * of a write stored by Kayako whose answer a proxy or the network lost.
   */
  public synchronized Faults afterCall(boolean on) {
    this.afterCall = on;
    return this;
  }

  /**
   * Limits the faults to the next {@code n} API requests, after which every fault is cleared; a
   * negative value means no limit (0 suspends the faults).
   */
  public synchronized Faults remaining(int n) {
    this.remaining = n < 0 ? -1 : n;
    return this;
  }

  public synchronized int remaining() {
    return remaining;
  }

  public synchronized long noAnswerMs() {
    return noAnswerMs;
  }

  public synchronized int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** Switches every fault off. */
  public synchronized Faults clear() {
    return copyFrom(new Faults());
  }

  /** Copies every setting from {@code other}. */
  public synchronized Faults copyFrom(Faults other) {
    Map<String, String> o = other.describe();
    latencyMs = Long.parseLong(o.get("latencyMs"));
    bytesPerSecond = Integer.parseInt(o.get("bytesPerSecond"));
    serverErrorShare = Double.parseDouble(o.get("serverErrorShare"));
    serverErrorStatus = Integer.parseInt(o.get("serverErrorStatus"));
    rateLimitShare = Double.parseDouble(o.get("rateLimitShare"));
    retryAfterSeconds = Integer.parseInt(o.get("retryAfterSeconds"));
    noAnswerShare = Double.parseDouble(o.get("noAnswerShare"));
    noAnswerMs = Long.parseLong(o.get("noAnswerMs"));
    cutShare = Double.parseDouble(o.get("cutShare"));
    malformedShare = Double.parseDouble(o.get("malformedShare"));
    htmlErrorShare = Double.parseDouble(o.get("htmlErrorShare"));
    phpNoticeShare = Double.parseDouble(o.get("phpNoticeShare"));
    remaining = Integer.parseInt(o.get("remaining"));
    onlyMethod = o.get("onlyMethod");
    afterCall = Boolean.parseBoolean(o.get("afterCall"));
    return this;
  }

  /** True when any fault is set. */
  public synchronized boolean active() {
    return latencyMs > 0
        || bytesPerSecond > 0
        || serverErrorShare > 0
        || rateLimitShare > 0
        || noAnswerShare > 0
        || cutShare > 0
        || malformedShare > 0
        || htmlErrorShare > 0
        || phpNoticeShare > 0;
  }

  /** Decides what happens to the next API request and counts it against {@link #remaining()}. */
  public synchronized Plan next() {
    return next("");
  }

  /** As {@link #next()}, for a request with this HTTP method. */
  public synchronized Plan next(String method) {
    if (remaining == 0 || !active()) {
      return Plan.NONE;
    }
    if (!onlyMethod.isEmpty() && !onlyMethod.equalsIgnoreCase(method)) {
      return Plan.NONE;
    }
    ThreadLocalRandom random = ThreadLocalRandom.current();
    Kind kind = Kind.NONE;
    int status = 0;
    if (hit(random, noAnswerShare)) {
      kind = Kind.NO_ANSWER;
    } else if (hit(random, htmlErrorShare)) {
      kind = Kind.HTML_ERROR;
      status = 502;
    } else if (hit(random, serverErrorShare)) {
      kind = Kind.SERVER_ERROR;
      status =
          serverErrorStatus != 0 ? serverErrorStatus : new int[] {500, 502, 503}[random.nextInt(3)];
    } else if (hit(random, rateLimitShare)) {
      kind = Kind.RATE_LIMIT;
      status = 429;
    } else if (hit(random, cutShare)) {
      kind = Kind.CUT;
    } else if (hit(random, malformedShare)) {
      kind = Kind.MALFORMED;
    } else if (hit(random, phpNoticeShare)) {
      kind = Kind.PHP_NOTICE;
    }
    Plan plan =
        new Plan(kind, latencyMs, bytesPerSecond, status, retryAfterSeconds, noAnswerMs, afterCall);
    if (remaining > 0 && --remaining == 0) {
      // Used up: everything goes back to off (and to "no limit" for whatever is set next).
      clear();
    }
    return plan;
  }

  /** Current settings by name, as the control endpoint shows them. */
  public synchronized Map<String, String> describe() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("latencyMs", Long.toString(latencyMs));
    m.put("bytesPerSecond", Integer.toString(bytesPerSecond));
    m.put("serverErrorShare", Double.toString(serverErrorShare));
    m.put("serverErrorStatus", Integer.toString(serverErrorStatus));
    m.put("rateLimitShare", Double.toString(rateLimitShare));
    m.put("retryAfterSeconds", Integer.toString(retryAfterSeconds));
    m.put("noAnswerShare", Double.toString(noAnswerShare));
    m.put("noAnswerMs", Long.toString(noAnswerMs));
    m.put("cutShare", Double.toString(cutShare));
    m.put("malformedShare", Double.toString(malformedShare));
    m.put("htmlErrorShare", Double.toString(htmlErrorShare));
    m.put("phpNoticeShare", Double.toString(phpNoticeShare));
    m.put("remaining", Integer.toString(remaining));
    m.put("onlyMethod", onlyMethod);
    m.put("afterCall", Boolean.toString(afterCall));
    return m;
  }

  private static boolean hit(ThreadLocalRandom random, double share) {
    return share >= 1.0 || (share > 0 && random.nextDouble() < share);
  }

  private static double clamp(double share) {
    return Double.isNaN(share) ? 0 : Math.max(0, Math.min(1, share));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    describe().forEach((k, v) -> sb.append(k).append('=').append(v).append('\n'));
    return sb.toString().strip();
  }
}
