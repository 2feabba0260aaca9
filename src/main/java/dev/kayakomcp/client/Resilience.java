package dev.kayakomcp.client;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resilience4j policies around every exchange with Kayako, outermost first: a circuit breaker
 * (counts whole calls, after their retries), a retry for GETs only, and a bulkhead that bounds the
 * requests in flight (held per attempt, never while backing off). Every wait is bounded by the
 * current {@link CallDeadline}.
 */
final class Resilience {

  private static final Logger LOG = LoggerFactory.getLogger(Resilience.class);

  /** Time an attempt needs at least; with less left, the call fails instead of trying again. */
  private static final Duration MIN_ATTEMPT = Duration.ofMillis(100);

  private final ResilienceSettings settings;
  private final CircuitBreaker breaker;
  private final Retry retry;
  private final Bulkhead bulkhead;
  private volatile long openedAtNanos;
  private volatile String lastFailure = "";

  Resilience(ResilienceSettings settings) {
    this.settings = settings;
    this.breaker =
        CircuitBreaker.of(
            "kayako",
            CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.breakerThreshold())
                .minimumNumberOfCalls(settings.breakerThreshold())
                // 100 % of the last N calls failed = N failures in a row.
                .failureRateThreshold(100)
                .slowCallDurationThreshold(Duration.ofDays(1))
                .waitDurationInOpenState(settings.breakerPause())
                // One tool call may send several requests at once (ticket plus lookups); the probe
                // after a pause lets them all through rather than failing the call on its own.
                .permittedNumberOfCallsInHalfOpenState(Math.max(1, settings.maxConcurrentCalls()))
                .recordException(Resilience::isOutage)
                .build());
    breaker
        .getEventPublisher()
        .onStateTransition(
            e -> {
              if (e.getStateTransition().getToState() == CircuitBreaker.State.OPEN) {
                openedAtNanos = System.nanoTime();
                LOG.warn(
                    "Kayako failed {} calls in a row; pausing calls for {} s",
                    settings.breakerThreshold(),
                    settings.breakerPause().toSeconds());
              } else {
                LOG.info("Kayako circuit breaker: {}", e.getStateTransition());
              }
            });
    this.retry =
        Retry.of(
            "kayako-get",
            RetryConfig.<Object>custom()
                .maxAttempts(settings.maxAttempts())
                .retryOnException(this::worthRetrying)
                .intervalBiFunction(this::backoff)
                .failAfterMaxAttempts(false)
                .build());
    retry
        .getEventPublisher()
        .onRetry(
            e ->
                LOG.debug(
                    "retrying a Kayako GET (attempt {}) in {} ms after: {}",
                    e.getNumberOfRetryAttempts() + 1,
                    e.getWaitInterval().toMillis(),
                    e.getLastThrowable().getMessage()));
    this.bulkhead =
        Bulkhead.of(
            "kayako",
            BulkheadConfig.custom()
                .maxConcurrentCalls(settings.maxConcurrentCalls())
                .maxWaitDuration(settings.maxWaitForSlot())
                .build());
  }

  ResilienceSettings settings() {
    return settings;
  }

  CircuitBreaker.State breakerState() {
    return breaker.getState();
  }

  /** Runs one logical call: {@code attempt} is one HTTP exchange, repeated only when idempotent. */
  <T> T call(boolean idempotent, Supplier<T> attempt) {
    Supplier<T> limited = () -> inSlot(attempt);
    Supplier<T> retried = idempotent ? Retry.decorateSupplier(retry, limited) : limited;
    try {
      return breaker.executeSupplier(retried);
    } catch (CallNotPermittedException e) {
      throw open();
    } catch (KayakoApiException e) {
      if (isOutage(e)) {
        lastFailure = e.getMessage();
      }
      throw e;
    }
  }

  private <T> T inSlot(Supplier<T> attempt) {
    checkDeadline();
    boolean acquired;
    try {
      bulkhead.acquirePermission();
      acquired = true;
    } catch (BulkheadFullException e) {
      acquired = false;
    }
    if (!acquired) {
      throw new KayakoApiException(
          "Too many Kayako requests are running at once ("
              + settings.maxConcurrentCalls()
              + "); this one waited "
              + settings.maxWaitForSlot().toSeconds()
              + " s for a slot and gave up. Try again in a moment, or make fewer calls at once.",
          0,
          "");
    }
    try {
      checkDeadline();
      return attempt.get();
    } finally {
      bulkhead.onComplete();
    }
  }

  private static void checkDeadline() {
    Duration left = CallDeadline.remaining();
    if (left != null && left.compareTo(Duration.ofMillis(1)) < 0) {
      throw deadlineExceeded();
    }
  }

  static KayakoTransportException deadlineExceeded() {
    Duration total = CallDeadline.total();
    return new KayakoTransportException(
        "The tool call used up its "
            + (total == null ? "" : seconds(total) + " ")
            + "deadline before Kayako answered. The helpdesk may be slow or overloaded; try"
            + " again later, narrow the request, or raise --call-deadline.",
        KayakoTransportException.Kind.TIMEOUT,
        null);
  }

  private CircuitOpenException open() {
    long pausedFor = settings.breakerPause().toSeconds();
    long left =
        Math.max(1, pausedFor - Duration.ofNanos(System.nanoTime() - openedAtNanos).toSeconds());
    String last = lastFailure;
    return new CircuitOpenException(
        "Kayako has failed "
            + settings.breakerThreshold()
            + " times in a row; pausing calls for "
            + pausedFor
            + " s (about "
            + left
            + " s left) so a struggling helpdesk is not flooded."
            + (last.isEmpty() ? "" : " The last failure: " + last)
            + " Try again after the pause.");
  }

  /** Failures that say Kayako is unwell (not that the request was wrong). */
  static boolean isOutage(Throwable t) {
    if (t instanceof KayakoTransportException te) {
      return te.kind() != KayakoTransportException.Kind.INTERRUPTED;
    }
    if (t instanceof KayakoApiException ke) {
      return ke.status() >= 500 || ke.status() == 429;
    }
    return false;
  }

  /** Transient failures of an idempotent request, when the deadline leaves room for another go. */
  private boolean worthRetrying(Throwable t) {
    boolean transientFailure;
    if (t instanceof RateLimitedException r) {
      transientFailure =
          r.retryAfter().map(d -> d.compareTo(settings.maxRetryAfter()) <= 0).orElse(true);
    } else if (t instanceof KayakoTransportException te) {
      transientFailure = te.kind() == KayakoTransportException.Kind.IO;
    } else if (t instanceof KayakoApiException ke) {
      transientFailure = ke.status() == 502 || ke.status() == 503 || ke.status() == 504;
    } else {
      transientFailure = false;
    }
    if (!transientFailure) {
      return false;
    }
    Duration left = CallDeadline.remaining();
    if (left == null) {
      return true;
    }
    Duration wait =
        t instanceof RateLimitedException r ? r.retryAfter().orElse(Duration.ZERO) : Duration.ZERO;
    return left.compareTo(wait.plus(MIN_ATTEMPT)) > 0;
  }

  /** Retry-After when given, else exponential backoff with full jitter; never past the deadline. */
  private long backoff(Integer attempt, Either<Throwable, Object> outcome) {
    long millis;
    if (outcome.isLeft()
        && outcome.getLeft() instanceof RateLimitedException r
        && r.retryAfter().isPresent()) {
      millis = r.retryAfter().get().toMillis();
    } else {
      long cap =
          Math.min(
              settings.maxBackoff().toMillis(),
              settings.baseBackoff().toMillis() << Math.min(20, Math.max(0, attempt - 1)));
      millis = cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1);
    }
    Duration left = CallDeadline.remaining();
    if (left != null) {
      millis = Math.max(0, Math.min(millis, left.minus(MIN_ATTEMPT).toMillis()));
    }
    return Math.max(1, millis);
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
