package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.client.ClientSettings;
import dev.kayakomcp.client.ResilienceSettings;
import dev.kayakomcp.config.Secret;
import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.KayakoEmulator;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A thousand tool calls against a helpdesk that fails in every way the emulator knows, from four
 * clients at once: afterwards the JVM has no more threads and open file descriptors (sockets
 * included) than a handful above where it started, and a clean call still works.
 */
@Timeout(300)
class FaultLeakIT {

  static final int CALLS = 1_000;

  @Test
  void aThousandFaultedCallsLeakNoThreadsOrConnections() throws Exception {
    try (KayakoEmulator emulator =
        KayakoEmulator.start(EmulatorOptions.defaults().seed(7).tickets(30))) {
      ClientSettings settings =
          ClientSettings.of(
                  emulator.apiUrl(), Secret.of(emulator.apiKey()), Secret.of(emulator.secretKey()))
              .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5));
      // Quick retries, and a breaker that never opens, so every call really reaches the faults.
      ResilienceSettings quick =
          ResilienceSettings.defaults()
              .withRetries(2, Duration.ofMillis(1), Duration.ofMillis(5))
              .withBreaker(1_000_000, Duration.ofSeconds(1));
      try (McpSession session =
          McpSession.on(settings).resilience(quick).callDeadline(Duration.ofSeconds(10)).open()) {
        Map<String, Object> ticket =
            Map.of("ticket_id", String.valueOf(emulator.helpdesk().tickets.firstKey()));
        // Warm up with the same mix and concurrency, so pools reach their working size first.
        faults(emulator);
        run(session, ticket, 100, new AtomicInteger(), new AtomicInteger());
        emulator.faults().clear();
        settle();
        int threadsBefore = threads();
        List<String> namesBefore = threadNames();
        long fdsBefore = openFileDescriptors();

        faults(emulator);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger successes = new AtomicInteger();
        run(session, ticket, CALLS, errors, successes);
        emulator.faults().clear();
        assertThat(errors.get() + successes.get()).isEqualTo(CALLS);
        assertThat(errors.get()).as("faults really hit").isGreaterThan(50);
        assertThat(session.call("kayako_get_ticket", ticket).isError()).isFalse();

        settle();
        int threadsAfter = threads();
        long fdsAfter = openFileDescriptors();
        System.out.printf(
            "threads %d -> %d, fds %d -> %d, %d errors, %d successes%n",
            threadsBefore, threadsAfter, fdsBefore, fdsAfter, errors.get(), successes.get());
        List<String> added = new ArrayList<>(threadNames());
        namesBefore.forEach(added::remove);
        assertThat(threadsAfter)
            .as("threads; new: " + added)
            .isLessThanOrEqualTo(threadsBefore + 8);
        if (fdsBefore >= 0) {
          assertThat(fdsAfter).as("open file descriptors").isLessThanOrEqualTo(fdsBefore + 32);
        }
      }
    }
  }

  private static void faults(KayakoEmulator emulator) {
    emulator
        .faults()
        .serverErrors(0.2, 0)
        .rateLimit(0.15, 0)
        .cut(0.15)
        .malformedXml(0.15)
        .htmlError(0.1)
        .noAnswer(0.05, 20)
        .phpNotice(0.1);
  }

  /** {@code calls} tool calls from four client threads. */
  private static void run(
      McpSession session,
      Map<String, Object> ticket,
      int calls,
      AtomicInteger errors,
      AtomicInteger successes)
      throws Exception {
    ExecutorService clients = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < 4; c++) {
      done.add(
          clients.submit(
              () -> {
                for (int i = 0; i < calls / 4; i++) {
                  CallToolResult r = session.call("kayako_get_ticket", ticket);
                  (Boolean.TRUE.equals(r.isError()) ? errors : successes).incrementAndGet();
                }
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    clients.shutdown();
    assertThat(clients.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  private static List<String> threadNames() {
    return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted().toList();
  }

  private static void settle() throws InterruptedException {
    System.gc();
    Thread.sleep(1_500);
  }

  private static int threads() {
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  /** Open descriptors of this JVM (sockets included), or -1 where /proc is missing. */
  static long openFileDescriptors() {
    Path fd = Path.of("/proc/self/fd");
    if (!Files.isDirectory(fd)) {
      return -1;
    }
    try (Stream<Path> s = Files.list(fd)) {
      return s.count();
    } catch (IOException e) {
      return -1;
    }
  }
}
