package dev.kayakomcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** 16 clients at once, reading and writing, all answered correctly; throughput is reported. */
@ExtendWith(EmulatorExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConcurrencyTest {

  static EmulatorOptions emulatorOptions() {
    return TestHelpdesk.options();
  }

  @Test
  void sixteenClientsReadAndWriteConcurrently(KayakoEmulator kayako) throws Exception {
    Api api = new Api(kayako);
    int clients = 16;
    int perClient = 150;
    AtomicInteger ok = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      futures.add(
          pool.submit(
              () -> {
                for (int i = 0; i < perClient; i++) {
                  HttpResponse<String> r =
                      i % 50 == 0
                          ? api.post(
                              "/Tickets/TicketNote",
                              "ticketid",
                              "1044",
                              "staffid",
                              "4",
                              "contents",
                              "client " + client + " note " + i)
                          : api.get("/Tickets/TicketStatus/1");
                  if (r.statusCode() == 200 && r.body().contains("<![CDATA[")) {
                    ok.incrementAndGet();
                  }
                }
                return null;
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    int total = clients * perClient;
    System.err.printf("emulator: %d requests in %.2fs = %.0f/s%n", total, seconds, total / seconds);
    assertThat(ok.get()).isEqualTo(total);
    // Every write landed exactly once.
    String notes = api.get("/Tickets/TicketNote/ListAll/1044").body();
    assertThat(notes.split("<note ", -1).length - 1).isEqualTo(clients * 3);
    // A loose floor: the build machine is shared; a quiet laptop does several thousand per second.
    assertThat(total / seconds).isGreaterThan(200);
  }
}
