package dev.kayakomcp.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.client.BadRequestException;
import dev.kayakomcp.client.CircuitOpenException;
import dev.kayakomcp.client.KayakoApiException;
import dev.kayakomcp.client.KayakoClient;
import dev.kayakomcp.client.KayakoTransportException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The pipeline's decisions with a fake write: no network, the sends and re-reads counted. */
@Timeout(30)
class WritePipelineTest {

  /** A write whose send and re-read the test scripts; Kayako is a counter. */
  static final class FakeWrite implements WriteOperation {
    final String content;
    final AtomicInteger stored;
    final AtomicInteger sends = new AtomicInteger();
    final AtomicInteger reads = new AtomicInteger();
    Supplier<KayakoApiException> failure = () -> null;
    CountDownLatch release = new CountDownLatch(0);
    boolean storeBeforeFailing = true;

    FakeWrite(String content, AtomicInteger stored) {
      this.content = content;
      this.stored = stored;
    }

    @Override
    public String tool() {
      return "fake";
    }

    @Override
    public String target() {
      return "T-1";
    }

    @Override
    public String idempotencyKey() {
      return "fake|" + content;
    }

    @Override
    public String duplicateKey() {
      return "fake|" + content.charAt(0);
    }

    @Override
    public Map<String, String> auditFields() {
      return Map.of("contents", content);
    }

    @Override
    public Optional<Landed> alreadyInKayako(KayakoClient client, Instant since) {
      return Optional.empty();
    }

    @Override
    public int send(KayakoClient client) {
      sends.incrementAndGet();
      try {
        release.await(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      KayakoApiException f = failure.get();
      if (f == null || storeBeforeFailing) {
        stored.incrementAndGet();
      }
      if (f != null) {
        throw f;
      }
      return stored.get();
    }

    @Override
    public Optional<Landed> find(KayakoClient client, int id) {
      reads.incrementAndGet();
      int n = stored.get();
      return n == 0
          ? Optional.empty()
          : Optional.of(new Landed(n, "item " + n, Map.of("id", n), List.of()));
    }

    @Override
    public String howToCheck() {
      return "look at T-1";
    }
  }

  private final AuditLog audit = AuditLog.toStderr(Clock.systemUTC());
  private final WriteLedger ledger = new WriteLedger();

  private WritePipeline pipeline(Duration recovery) {
    return new WritePipeline(
        null, ledger, audit, Clock.systemUTC(), Duration.ofMinutes(10), recovery);
  }

  @Test
  void identicalCallsAtOnceSendOnceAndShareOneAnswer() throws Exception {
    AtomicInteger stored = new AtomicInteger();
    FakeWrite op = new FakeWrite("hello", stored);
    op.release = new CountDownLatch(1);
    WritePipeline p = pipeline(Duration.ofSeconds(5));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<WriteOutcome>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(pool.submit(() -> p.submit(op, false)));
    }
    Thread.sleep(300);
    op.release.countDown();
    List<WriteOutcome> outcomes = new ArrayList<>();
    for (Future<WriteOutcome> f : calls) {
      outcomes.add(f.get());
    }
    pool.shutdown();
    assertThat(op.sends.get()).isEqualTo(1);
    assertThat(stored.get()).isEqualTo(1);
    assertThat(outcomes)
        .allSatisfy(
            o -> assertThat(o.kind()).isIn(WriteOutcome.Kind.LANDED, WriteOutcome.Kind.DUPLICATE));
    assertThat(outcomes)
        .filteredOn(o -> !o.shared() && o.kind() == WriteOutcome.Kind.LANDED)
        .hasSize(1);
  }

  @Test
  void aDifferentWriteWithTheSameDuplicateKeyWaitsAndIsRefused() throws Exception {
    AtomicInteger stored = new AtomicInteger();
    FakeWrite first = new FakeWrite("hello", stored);
    first.release = new CountDownLatch(1);
    FakeWrite second = new FakeWrite("hello!", stored);
    WritePipeline p = pipeline(Duration.ofSeconds(5));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    Future<WriteOutcome> a = pool.submit(() -> p.submit(first, false));
    Thread.sleep(200);
    Future<WriteOutcome> b = pool.submit(() -> p.submit(second, false));
    Thread.sleep(200);
    first.release.countDown();
    assertThat(a.get().kind()).isEqualTo(WriteOutcome.Kind.LANDED);
    assertThat(b.get().kind()).isEqualTo(WriteOutcome.Kind.DUPLICATE);
    assertThat(second.sends.get()).isZero();
    pool.shutdown();
    assertThat(p.submit(second, true).kind()).isEqualTo(WriteOutcome.Kind.LANDED);
    assertThat(stored.get()).isEqualTo(2);
  }

  @Test
  void aLostAnswerIsReReadOnceAndTheWriteNeverResent() {
    AtomicInteger stored = new AtomicInteger();
    FakeWrite op = new FakeWrite("cut", stored);
    op.failure =
        () -> new KayakoTransportException("reset", KayakoTransportException.Kind.IO, null);
    WriteOutcome o = pipeline(Duration.ofSeconds(5)).submit(op, false);
    assertThat(o.kind()).isEqualTo(WriteOutcome.Kind.LANDED);
    assertThat(o.recovered()).isTrue();
    assertThat(op.sends.get()).isEqualTo(1);
    assertThat(op.reads.get()).isEqualTo(1);

    FakeWrite lost = new FakeWrite("xlost", new AtomicInteger());
    lost.storeBeforeFailing = false;
    lost.failure = () -> new KayakoApiException("boom", 500, "Internal Server Error");
    WriteOutcome n = pipeline(Duration.ofSeconds(5)).submit(lost, false);
    assertThat(n.kind()).isEqualTo(WriteOutcome.Kind.NOT_LANDED);
    assertThat(n.detail()).contains("HTTP 500").doesNotContainIgnoringCase("try again");
  }

  @Test
  void aTimeoutThatNeverShowsIsUnknownAndBlocksAnIdenticalResend() {
    FakeWrite op = new FakeWrite("slow", new AtomicInteger());
    op.storeBeforeFailing = false;
    op.failure =
        () -> new KayakoTransportException("late", KayakoTransportException.Kind.TIMEOUT, null);
    WritePipeline p = pipeline(Duration.ofMillis(2_900));
    WriteOutcome o = p.submit(op, false);
    assertThat(o.kind()).isEqualTo(WriteOutcome.Kind.UNKNOWN);
    assertThat(o.check()).isEqualTo("look at T-1");
    assertThat(op.reads.get()).as("re-read again while Kayako may still be storing").isEqualTo(2);
    WriteOutcome again = p.submit(op, false);
    assertThat(again.kind()).isEqualTo(WriteOutcome.Kind.DUPLICATE);
    assertThat(again.check()).isEqualTo("look at T-1");
    assertThat(op.sends.get()).isEqualTo(1);
  }

  @Test
  void refusedOrNeverSentWritesAreNotLandedWithoutAReRead() {
    FakeWrite bad = new FakeWrite("bad", new AtomicInteger());
    bad.storeBeforeFailing = false;
    bad.failure = () -> new BadRequestException("Kayako rejected it", "No Contents Specified");
    assertThat(pipeline(Duration.ofSeconds(5)).submit(bad, false).kind())
        .isEqualTo(WriteOutcome.Kind.NOT_LANDED);
    FakeWrite open = new FakeWrite("open", new AtomicInteger());
    open.storeBeforeFailing = false;
    open.failure = () -> new CircuitOpenException("paused");
    assertThat(pipeline(Duration.ofSeconds(5)).submit(open, false).kind())
        .isEqualTo(WriteOutcome.Kind.NOT_LANDED);
    assertThat(bad.reads.get() + open.reads.get()).isZero();
  }

  @Test
  void aCallWhoseDeadlineIsSpentSendsNothingAndSaysSo() {
    FakeWrite op = new FakeWrite("late", new AtomicInteger());
    WriteOutcome o =
        dev.kayakomcp.client.CallDeadline.within(
            Duration.ZERO, () -> pipeline(Duration.ofSeconds(5)).submit(op, false));
    assertThat(o.kind()).isEqualTo(WriteOutcome.Kind.NOT_LANDED);
    assertThat(o.detail()).contains("before the write was sent");
    assertThat(op.sends.get()).isZero();
  }
}
