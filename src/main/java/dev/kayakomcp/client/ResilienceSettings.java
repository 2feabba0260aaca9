package dev.kayakomcp.client;

import java.time.Duration;

/**
 * How the client copes with a struggling Kayako. Only GET requests are retried (on 429, 502, 503,
 * 504 and a reset or closed connection), with exponential backoff and jitter (half fixed, half
 * random); a 429's {@code Retry-After} is honoured up to {@code maxRetryAfter}. POST, PUT and
 * DELETE are never retried, not even the read-only TicketSearch POST: Kayako cannot tell a replay
 * apart, and the rule stays simple to reason about.
 *
 * @param maxAttempts attempts per GET including the first (1 = no retries)
 * @param baseBackoff the first backoff before jitter; doubled per attempt
 * @param maxBackoff the longest backoff before jitter
 * @param maxRetryAfter the longest {@code Retry-After} waited for; longer ones fail at once
 * @param breakerThreshold failed calls in a row that open the circuit breaker
 * @param breakerPause how long an open breaker refuses calls before trying one again
 * @param maxConcurrentCalls requests to Kayako in flight at once, over all tool calls
 * @param maxWaitForSlot how long a request may wait for one of those slots
 */
public record ResilienceSettings(
    int maxAttempts,
    Duration baseBackoff,
    Duration maxBackoff,
    Duration maxRetryAfter,
    int breakerThreshold,
    Duration breakerPause,
    int maxConcurrentCalls,
    Duration maxWaitForSlot) {

  public static final int DEFAULT_MAX_CONCURRENT_CALLS = 8;

  public ResilienceSettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1");
    }
    if (breakerThreshold < 1) {
      throw new IllegalArgumentException("breakerThreshold must be at least 1");
    }
    if (maxConcurrentCalls < 1) {
      throw new IllegalArgumentException("maxConcurrentCalls must be at least 1");
    }
    positive(baseBackoff, "baseBackoff");
    positive(maxBackoff, "maxBackoff");
    positive(breakerPause, "breakerPause");
    positive(maxWaitForSlot, "maxWaitForSlot");
    if (maxRetryAfter == null || maxRetryAfter.isNegative()) {
      throw new IllegalArgumentException("maxRetryAfter must not be negative");
    }
  }

  /** 3 attempts, 250 ms doubling to 4 s, Retry-After up to 10 s, 5 failures pause 30 s, 8 calls. */
  public static ResilienceSettings defaults() {
    return new ResilienceSettings(
        3,
        Duration.ofMillis(250),
        Duration.ofSeconds(4),
        Duration.ofSeconds(10),
        5,
        Duration.ofSeconds(30),
        DEFAULT_MAX_CONCURRENT_CALLS,
        Duration.ofSeconds(60));
  }

  public ResilienceSettings withMaxConcurrentCalls(int n) {
    return new ResilienceSettings(
        maxAttempts,
        baseBackoff,
        maxBackoff,
        maxRetryAfter,
        breakerThreshold,
        breakerPause,
        n,
        maxWaitForSlot);
  }

  public ResilienceSettings withRetries(int attempts, Duration base, Duration max) {
    return new ResilienceSettings(
        attempts,
        base,
        max,
        maxRetryAfter,
        breakerThreshold,
        breakerPause,
        maxConcurrentCalls,
        maxWaitForSlot);
  }

  public ResilienceSettings withBreaker(int threshold, Duration pause) {
    return new ResilienceSettings(
        maxAttempts,
        baseBackoff,
        maxBackoff,
        maxRetryAfter,
        threshold,
        pause,
        maxConcurrentCalls,
        maxWaitForSlot);
  }

  private static void positive(Duration d, String name) {
    if (d == null || d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
