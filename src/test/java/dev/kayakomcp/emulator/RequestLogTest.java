package dev.kayakomcp.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/** The emulator's log of the requests it received: routes, endpoints, faults, reset, threads. */
@ExtendWith(EmulatorExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RequestLogTest {

  static EmulatorOptions emulatorOptions() {
    return TestHelpdesk.options();
  }

  private final KayakoEmulator kayako;
  private final Api api;

  RequestLogTest(KayakoEmulator kayako) {
    this.kayako = kayako;
    this.api = new Api(kayako);
  }

  @BeforeEach
  void clean() {
    kayako.requests().reset();
  }

  @Test
  void recordsMethodRouteAndEndpointInOrder() {
    api.get("/Tickets/Ticket/1042");
    api.get("/Tickets/TicketNote/ListAll/1042");
    api.post("/Tickets/TicketSearch", "query", "printer", "contents", "1");
    api.get("/Tickets/Ticket/QXV-418-20573");

    List<RequestLog.Entry> made = kayako.requests().snapshot();

    assertThat(made)
        .extracting(RequestLog.Entry::method, RequestLog.Entry::route)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("GET", "/Tickets/Ticket/1042"),
            org.assertj.core.groups.Tuple.tuple("GET", "/Tickets/TicketNote/ListAll/1042"),
            org.assertj.core.groups.Tuple.tuple("POST", "/Tickets/TicketSearch"),
            org.assertj.core.groups.Tuple.tuple("GET", "/Tickets/Ticket/QXV-418-20573"));
    assertThat(made)
        .extracting(RequestLog.Entry::endpoint)
        .containsExactly(
            "GET /Tickets/Ticket",
            "GET /Tickets/TicketNote/ListAll",
            "POST /Tickets/TicketSearch",
            "GET /Tickets/Ticket");
    assertThat(RequestLog.byEndpoint(made))
        .containsEntry("GET /Tickets/Ticket", 2)
        .containsEntry("POST /Tickets/TicketSearch", 1);
    assertThat(made).noneMatch(RequestLog.Entry::faulted);
  }

  @Test
  void routeInAPostBodyIsRecorded() {
    api.send(
        "POST",
        kayako.apiUrl(),
        Api.form("e", "/Tickets/TicketSearch", "query", "printer", "contents", "1")
            + "&"
            + api.auth(),
        "application/x-www-form-urlencoded");

    assertThat(kayako.requests().snapshot())
        .extracting(RequestLog.Entry::route)
        .containsExactly("/Tickets/TicketSearch");
  }

  @Test
  void failedAndFaultedRequestsCountToo() {
    api.get("/Tickets/Ticket/999999"); // 404
    kayako.faults().serverErrors(1.0, 500);
    api.get("/Tickets/Ticket/1042");
    kayako.faults().clear();
    api.send("GET", kayako.apiUrl(), null, null); // no route at all

    List<RequestLog.Entry> made = kayako.requests().snapshot();

    assertThat(made).hasSize(3);
    assertThat(made).extracting(RequestLog.Entry::faulted).containsExactly(false, true, false);
    assertThat(made.get(2).route()).isEmpty();
  }

  @Test
  void controlRoutesAreNotApiRequests() {
    api.send("GET", kayako.controlUrl() + "faults", null, null);

    assertThat(kayako.requests().count()).isZero();
  }

  @Test
  void drainHandsEachRequestOverOnce() {
    api.get("/Tickets/TicketStatus");
    api.get("/Base/Department");

    assertThat(kayako.requests().drain()).hasSize(2);
    assertThat(kayako.requests().snapshot()).isEmpty();
    assertThat(kayako.requests().count()).isZero();
  }

  @Test
  void concurrentRequestsAreAllCounted() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 80; i++) {
        calls.add(pool.submit(() -> api.get("/Tickets/TicketPriority")));
      }
      for (Future<?> f : calls) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(kayako.requests().count()).isEqualTo(80);
    assertThat(RequestLog.byEndpoint(kayako.requests().snapshot()))
        .containsExactly(java.util.Map.entry("GET /Tickets/TicketPriority", 80));
  }

  @Test
  void keepsOnlyTheNewestButCountsAll() {
    RequestLog log = new RequestLog();
    for (int i = 0; i < RequestLog.CAPACITY + 5; i++) {
      log.record("get", "/Base/Staff/" + i, false);
    }

    assertThat(log.count()).isEqualTo(RequestLog.CAPACITY + 5);
    List<RequestLog.Entry> held = log.snapshot();
    assertThat(held).hasSize(RequestLog.CAPACITY);
    assertThat(held.get(0).route()).isEqualTo("/Base/Staff/5");
    assertThat(held.get(0).method()).isEqualTo("GET");
    assertThat(held.get(0).endpoint()).isEqualTo("GET /Base/Staff");
  }
}
