package dev.kayakomcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The policies around one Kayako exchange, with a fake exchange. */
@Timeout(30)
class ResilienceTest {

  private static final ResilienceSettings QUICK =
      ResilienceSettings.defaults().withRetries(3, Duration.ofMillis(1), Duration.ofMillis(2));

  private static KayakoApiException status(int s) {
    return new KayakoApiException("HTTP " + s, s, "");
  }

  /** Fails with the given exceptions in turn, then answers "ok". */
  private static Supplier<String> failing(AtomicInteger attempts, RuntimeException... failures) {
    return () -> {
      int n = attempts.getAndIncrement();
      if (n < failures.length) {
        throw failures[n];
      }
      return "ok";
    };
  }

  @Test
  void aGetIsRetriedOnTransientStatusesAndResets() {
    Resilience r = new Resilience(QUICK);
    AtomicInteger attempts = new AtomicInteger();
    String answer =
        r.call(
            true,
            failing(
                attempts,
                status(503),
                new KayakoTransportException("reset", KayakoTransportException.Kind.IO, null)));
    assertThat(answer).isEqualTo("ok");
    assertThat(attempts.get()).isEqualTo(3);
  }

  @Test
  void aPostIsNeverRetried() {
    Resilience r = new Resilience(QUICK);
    AtomicInteger attempts = new AtomicInteger();
    KayakoApiException e =
        catchThrowableOfType(
            KayakoApiException.class, () -> r.call(false, failing(attempts, status(503))));
    assertThat(e.status()).isEqualTo(503);
    assertThat(attempts.get()).isEqualTo(1);
  }

  @Test
  void errorsThatWillNotGoAwayAreNotRetried() {
    for (RuntimeException failure :
        new RuntimeException[] {
          status(500),
          status(404),
          new AuthenticationException("401", "", AuthenticationException.Reason.FAILED),
          new KayakoTransportException("slow", KayakoTransportException.Kind.TIMEOUT, null),
          new KayakoTransportException("dns", KayakoTransportException.Kind.UNKNOWN_HOST, null),
          new IllegalStateException("a bug")
        }) {
      Resilience r = new Resilience(QUICK);
      AtomicInteger attempts = new AtomicInteger();
      RuntimeException e =
          catchThrowableOfType(
              RuntimeException.class, () -> r.call(true, failing(attempts, failure)));
      assertThat(e).isSameAs(failure);
      assertThat(attempts.get()).as(failure.getMessage()).isEqualTo(1);
    }
  }

  @Test
  void retryAfterIsHonouredAndTooLongOnesFailAtOnce() {
    Resilience r = new Resilience(QUICK);
    AtomicInteger attempts = new AtomicInteger();
    long t0 = System.nanoTime();
    r.call(true, failing(attempts, new RateLimitedException("429", "", Duration.ofMillis(300))));
    assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(290);
    assertThat(attempts.get()).isEqualTo(2);

    AtomicInteger again = new AtomicInteger();
    RateLimitedException tooLong = new RateLimitedException("429", "", Duration.ofMinutes(5));
    assertThat(
            catchThrowableOfType(
                RuntimeException.class, () -> r.call(true, failing(again, tooLong))))
        .isSameAs(tooLong);
    assertThat(again.get()).isEqualTo(1);
  }

  @Test
  void retriesStopAtTheDeadline() {
    Resilience r =
        new Resilience(
            ResilienceSettings.defaults()
                .withRetries(50, Duration.ofMillis(200), Duration.ofSeconds(1)));
    AtomicInteger attempts = new AtomicInteger();
    long t0 = System.nanoTime();
    RuntimeException e =
        catchThrowableOfType(
            RuntimeException.class,
            () ->
                CallDeadline.within(
                    Duration.ofMillis(700),
                    () ->
                        r.call(
                            true,
                            () -> {
                              attempts.incrementAndGet();
                              throw status(503);
                            })));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(e).isInstanceOf(KayakoApiException.class);
    assertThat(ms).isLessThan(1_500);
    assertThat(attempts.get()).isBetween(2, 10);
  }

  @Test
  void theBreakerOpensAfterNFailuresInARowAndSaysSo() throws Exception {
    Resilience r =
        new Resilience(
            QUICK
                .withRetries(1, Duration.ofMillis(1), Duration.ofMillis(1))
                .withBreaker(3, Duration.ofMillis(400)));
    AtomicInteger attempts = new AtomicInteger();
    Supplier<String> down =
        () -> {
          attempts.incrementAndGet();
          throw status(500);
        };
    // A 404 in between is an answer, not an outage: it breaks the run.
    catchThrowableOfType(KayakoApiException.class, () -> r.call(true, down));
    catchThrowableOfType(KayakoApiException.class, () -> r.call(true, down));
    catchThrowableOfType(
        KayakoApiException.class,
        () ->
            r.call(
                true,
                () -> {
                  throw status(404);
                }));
    catchThrowableOfType(KayakoApiException.class, () -> r.call(true, down));
    catchThrowableOfType(KayakoApiException.class, () -> r.call(true, down));
    assertThat(r.breakerState().name()).isEqualTo("CLOSED");
    catchThrowableOfType(KayakoApiException.class, () -> r.call(true, down));
    assertThat(r.breakerState().name()).isEqualTo("OPEN");

    int before = attempts.get();
    CircuitOpenException open =
        catchThrowableOfType(CircuitOpenException.class, () -> r.call(true, down));
    assertThat(open.getMessage())
        .contains("Kayako has failed 3 times in a row; pausing calls for 0 s")
        .contains("HTTP 500");
    assertThat(attempts.get()).as("no request while open").isEqualTo(before);

    Thread.sleep(450);
    // The probe after the pause lets a tool call's parallel requests through; once they all
    // succeed the breaker closes.
    int probes = 0;
    do {
      assertThat(r.call(true, () -> "back")).isEqualTo("back");
      probes++;
    } while (r.breakerState().name().equals("HALF_OPEN") && probes < 50);
    assertThat(r.breakerState().name()).isEqualTo("CLOSED");
    assertThat(probes).isLessThanOrEqualTo(QUICK.maxConcurrentCalls());
  }

  @Test
  void theBulkheadBoundsRequestsInFlight() throws Exception {
    Resilience r =
        new Resilience(
            new ResilienceSettings(
                1,
                Duration.ofMillis(1),
                Duration.ofMillis(1),
                Duration.ZERO,
                100,
                Duration.ofSeconds(1),
                1,
                Duration.ofMillis(100)));
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<String> first =
          pool.submit(
              () ->
                  r.call(
                      true,
                      () -> {
                        inside.countDown();
                        try {
                          release.await();
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        return "first";
                      }));
      assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
      KayakoApiException busy =
          catchThrowableOfType(KayakoApiException.class, () -> r.call(true, () -> "second"));
      assertThat(busy.getMessage()).contains("Too many Kayako requests are running at once (1)");
      release.countDown();
      assertThat(first.get()).isEqualTo("first");
      assertThat(r.call(true, () -> "third")).isEqualTo("third");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theDeadlineTravelsToPoolThreadsAndBoundsTimeouts() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Duration seen =
          CallDeadline.within(
              Duration.ofSeconds(5),
              () -> {
                try {
                  return pool.submit(CallDeadline.propagate(CallDeadline::remaining)).get();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      assertThat(seen).isNotNull().isLessThanOrEqualTo(Duration.ofSeconds(5));
      assertThat(pool.submit(CallDeadline::remaining).get()).as("not left behind").isNull();
      assertThat(CallDeadline.remaining()).isNull();
      assertThat(
              CallDeadline.within(
                  Duration.ofMillis(500), () -> CallDeadline.bound(Duration.ofSeconds(30))))
          .isLessThanOrEqualTo(Duration.ofMillis(500));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void retryAfterIsReadAsSecondsOrADate() {
    assertThat(ErrorMapping.retryAfter("7")).isEqualTo(Duration.ofSeconds(7));
    assertThat(ErrorMapping.retryAfter(" 0 ")).isEqualTo(Duration.ZERO);
    assertThat(ErrorMapping.retryAfter("-3")).isNull();
    assertThat(ErrorMapping.retryAfter("soon")).isNull();
    assertThat(ErrorMapping.retryAfter("")).isNull();
    String inTenSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusSeconds(10));
    assertThat(ErrorMapping.retryAfter(inTenSeconds))
        .isBetween(Duration.ofSeconds(5), Duration.ofSeconds(11));
  }
}
