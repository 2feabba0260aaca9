package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.Faults;
import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TimeTrack;
import dev.kayakomcp.tools.WriteContext;
import dev.kayakomcp.tools.WriteSettings;
import dev.kayakomcp.write.AuditLog;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every write tool under every way a write's answer can go wrong, through a real MCP client: each
 * write lands at most once, and each answer says what the emulator then holds (read from its {@link
 * Helpdesk} directly). Tool calls have a 3 s deadline; the reads after a write have a 6 s recovery
 * budget of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class WriteFaultMatrixIT {

  private static final Duration DEADLINE = Duration.ofSeconds(3);
  private static final long SLOWER_THAN_DEADLINE_MS = 4_500;

  /** The faults, applied to the write request only (POST or PUT), once. */
  enum Fault {
    /** Kayako stores the write, then the connection is cut half-way through the answer. */
    CUT_AFTER_WRITE,
    /** The server holds the request and drops the connection without running it. */
    NO_ANSWER,
    /** Kayako stores the write, then the connection is dropped without an answer. */
    NO_ANSWER_AFTER_WRITE,
    /** A 500 without touching the helpdesk. */
    SERVER_ERROR,
    /** Kayako stores the write, then a proxy answers 502. */
    SERVER_ERROR_AFTER_WRITE,
    /** Kayako stores the write at once; its answer comes after the call's deadline. */
    ANSWER_SLOWER_THAN_DEADLINE,
    /** Kayako only stores the write after the call's deadline has passed. */
    STORED_AFTER_DEADLINE,
    /** Two identical calls at the same moment. */
    TWO_IDENTICAL_AT_ONCE,
    /** The client gives up, re-sends while the first is in flight, and once more afterwards. */
    CLIENT_RESENDS_AFTER_TIMEOUT
  }

  private KayakoEmulator emulator;
  private Helpdesk truth;
  private Staff staff;
  private McpSession session;
  private final AtomicInteger nextTicket = new AtomicInteger();

  @BeforeAll
  void start() {
    emulator = KayakoEmulator.start(EmulatorOptions.defaults());
    truth = emulator.helpdesk();
    staff = truth.staff.values().stream().filter(Staff::enabled).findFirst().orElseThrow();
    WriteSettings settings =
        WriteSettings.allowedAs(staff.id()).withRecoveryBudget(Duration.ofSeconds(6));
    session =
        McpSession.on(emulator)
            .writes(WriteContext.of(settings, AuditLog.toStderr(Clock.systemUTC())))
            .callDeadline(DEADLINE)
            .open();
  }

  @AfterAll
  void stop() {
    session.close();
    emulator.close();
  }

  @AfterEach
  void clearFaults() {
    emulator.faults().clear();
  }

  Stream<Arguments> cells() {
    List<Arguments> all = new ArrayList<>();
    for (Kind k : Kind.values()) {
      for (Fault f : Fault.values()) {
        all.add(Arguments.of(k, f));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("cells")
  void everyWriteLandsAtMostOnceAndTheAnswerSaysWhatKayakoHolds(Kind kind, Fault fault)
      throws Exception {
    Ticket ticket = openTicket(nextTicket.getAndIncrement());
    String unique =
        kind.name().toLowerCase() + " " + fault.name().toLowerCase() + " " + System.nanoTime();
    Map<String, Object> args = kind.args(ticket, unique, staff);
    Supplier<Integer> held = () -> read(() -> kind.held(truth, ticket, unique));
    assertThat(held.get()).isZero();
    emulator.requests().drain();
    Faults faults = emulator.faults().onlyMethod(kind.method()).remaining(1);

    List<CallToolResult> answers = new ArrayList<>();
    switch (fault) {
      case CUT_AFTER_WRITE -> faults.cut(1.0);
      case NO_ANSWER -> faults.noAnswer(1.0, 1_000);
      case NO_ANSWER_AFTER_WRITE -> faults.afterCall(true).noAnswer(1.0, 1_000);
      case SERVER_ERROR -> faults.serverErrors(1.0, 500);
      case SERVER_ERROR_AFTER_WRITE -> faults.afterCall(true).serverErrors(1.0, 502);
      case ANSWER_SLOWER_THAN_DEADLINE -> faults.afterCall(true).latencyMs(SLOWER_THAN_DEADLINE_MS);
      case STORED_AFTER_DEADLINE -> faults.latencyMs(SLOWER_THAN_DEADLINE_MS);
      case TWO_IDENTICAL_AT_ONCE -> faults.afterCall(true).latencyMs(1_000);
      case CLIENT_RESENDS_AFTER_TIMEOUT ->
          faults.afterCall(true).latencyMs(SLOWER_THAN_DEADLINE_MS);
    }
    if (fault == Fault.TWO_IDENTICAL_AT_ONCE) {
      CompletableFuture<CallToolResult> a = CompletableFuture.supplyAsync(() -> call(kind, args));
      CompletableFuture<CallToolResult> b = CompletableFuture.supplyAsync(() -> call(kind, args));
      answers.add(a.get());
      answers.add(b.get());
    } else if (fault == Fault.CLIENT_RESENDS_AFTER_TIMEOUT) {
      CompletableFuture<CallToolResult> first =
          CompletableFuture.supplyAsync(() -> call(kind, args));
      Thread.sleep(1_000); // the client's own timeout: it re-sends while the first is in flight
      answers.add(call(kind, args));
      answers.add(first.get());
      answers.add(call(kind, args)); // and once more after both answered
    } else {
      answers.add(call(kind, args));
    }
    emulator.faults().clear();
    if (fault == Fault.STORED_AFTER_DEADLINE) {
      awaitStored(held);
    }

    int finallyHeld = held.get();
    assertThat(finallyHeld).as("writes Kayako holds").isLessThanOrEqualTo(1);
    long sent =
        emulator.requests().drain().stream().filter(e -> e.method().equals(kind.method())).count();
    boolean harmlessResend = kind == Kind.UPDATE && fault == Fault.CLIENT_RESENDS_AFTER_TIMEOUT;
    assertThat(sent).as("write requests Kayako received").isEqualTo(harmlessResend ? 2 : 1);
    for (CallToolResult r : answers) {
      String status = status(r);
      String text = McpSession.text(r);
      switch (status) {
        case "landed" -> {
          assertThat(finallyHeld).as(text).isEqualTo(1);
          assertThat(r.isError()).as(text).isFalse();
          Integer id = kind.confirmedId(r);
          if (id != null) {
            assertThat(id).as(text).isEqualTo(read(() -> kind.heldId(truth, ticket, unique)));
          }
        }
        case "not_landed" -> {
          assertThat(finallyHeld).as(text).isZero();
          assertThat(text).contains("safe to send it again");
        }
        case "unknown" -> {
          assertThat(text)
              .contains(
                  kind == Kind.UPDATE
                      ? "the same update again is harmless"
                      : "Do not send it again before checking")
              .contains("kayako_");
          assertThat(text).doesNotContainIgnoringCase("try again");
        }
        case "refused_duplicate" -> {
          assertThat(finallyHeld).as(text).isEqualTo(1);
          assertThat(kind).isNotEqualTo(Kind.UPDATE);
        }
        default -> throw new AssertionError("unexpected status " + status + ": " + text);
      }
    }
    List<String> statuses = answers.stream().map(WriteFaultMatrixIT::status).toList();
    switch (fault) {
      case CUT_AFTER_WRITE,
          NO_ANSWER_AFTER_WRITE,
          SERVER_ERROR_AFTER_WRITE,
          ANSWER_SLOWER_THAN_DEADLINE -> {
        assertThat(statuses).containsExactly("landed");
        assertThat(McpSession.text(answers.get(0)))
            .contains("Do not send it again")
            .doesNotContainIgnoringCase("try again");
      }
      case NO_ANSWER, SERVER_ERROR -> assertThat(statuses).containsExactly("not_landed");
      case STORED_AFTER_DEADLINE -> {
        assertThat(finallyHeld).isEqualTo(1);
        assertThat(statuses).containsAnyOf("landed", "unknown");
      }
      case TWO_IDENTICAL_AT_ONCE -> {
        assertThat(finallyHeld).isEqualTo(1);
        assertThat(statuses).contains("landed");
      }
      case CLIENT_RESENDS_AFTER_TIMEOUT -> {
        assertThat(finallyHeld).isEqualTo(1);
        assertThat(statuses.subList(0, 2)).containsOnly("landed");
        assertThat(statuses.get(2)).isEqualTo(kind == Kind.UPDATE ? "landed" : "refused_duplicate");
      }
    }
  }

  private CallToolResult call(Kind kind, Map<String, Object> args) {
    return session.call(kind.tool, args);
  }

  private void awaitStored(Supplier<Integer> held) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (held.get() == 0 && System.nanoTime() < end) {
      Thread.sleep(100);
    }
  }

  private static String status(CallToolResult r) {
    return (String) McpSession.structured(r).get("status");
  }

  private Ticket openTicket(int skip) {
    return read(
        () ->
            truth.tickets.values().stream()
                .filter(t -> !truth.statuses.get(t.statusId()).markAsResolved())
                .skip(10 + skip % 30)
                .findFirst()
                .orElseThrow());
  }

  private <T> T read(Supplier<T> s) {
    truth.lock.readLock().lock();
    try {
      return s.get();
    } finally {
      truth.lock.readLock().unlock();
    }
  }

  /** The five write tools: their arguments and what each stores, read from the emulator. */
  enum Kind {
    REPLY("kayako_reply_to_ticket", "POST"),
    NOTE("kayako_add_ticket_note", "POST"),
    TIME("kayako_log_time", "POST"),
    CREATE("kayako_create_ticket", "POST"),
    UPDATE("kayako_update_ticket", "PUT");

    final String tool;
    private final String method;

    Kind(String tool, String method) {
      this.tool = tool;
      this.method = method;
    }

    String method() {
      return method;
    }

    Map<String, Object> args(Ticket t, String unique, Staff staff) {
      Map<String, Object> m = new LinkedHashMap<>();
      switch (this) {
        case REPLY -> {
          m.put("ticket_id", t.displayId());
          m.put("contents", "Reply " + unique);
          m.put("confirm", true);
        }
        case NOTE -> {
          m.put("ticket_id", t.displayId());
          m.put("contents", "Note " + unique);
        }
        case TIME -> {
          m.put("ticket_id", t.id());
          m.put("time_spent", "1h15m");
          m.put("note", "Time " + unique);
        }
        case CREATE -> {
          m.put("subject", "Created " + unique);
          m.put("contents", "First message");
          m.put("customer_email", "matrix@example.com");
          m.put("customer_name", "Matrix Customer");
          m.put("department", String.valueOf(t.departmentId()));
        }
        case UPDATE -> {
          m.put("ticket_id", t.id());
          m.put("subject", "Updated " + unique);
        }
      }
      return m;
    }

    /** How many of this write the emulator holds (for an update: 1 when the subject is set). */
    int held(Helpdesk h, Ticket t, String unique) {
      return matching(h, t, unique).size();
    }

    Integer heldId(Helpdesk h, Ticket t, String unique) {
      List<Integer> ids = matching(h, t, unique);
      return ids.isEmpty() ? null : ids.get(0);
    }

    private List<Integer> matching(Helpdesk h, Ticket t, String unique) {
      return switch (this) {
        case REPLY ->
            h.posts.getOrDefault(t.id(), List.of()).stream()
                .filter(p -> p.contents().equals("Reply " + unique))
                .map(Post::id)
                .toList();
        case NOTE ->
            h.ticketNotes.getOrDefault(t.id(), List.of()).stream()
                .filter(n -> n.contents().equals("Note " + unique))
                .map(Note::id)
                .toList();
        case TIME ->
            h.timeTracks.getOrDefault(t.id(), List.of()).stream()
                .filter(x -> x.contents().equals("Time " + unique) && x.timeWorked() == 4_500)
                .map(TimeTrack::id)
                .toList();
        case CREATE ->
            h.tickets.values().stream()
                .filter(x -> x.subject().equals("Created " + unique))
                .map(Ticket::id)
                .toList();
        case UPDATE ->
            h.tickets.get(t.id()).subject().equals("Updated " + unique)
                ? List.of(t.id())
                : List.of();
      };
    }

    /** The id the answer says Kayako holds, or null when it names none. */
    Integer confirmedId(CallToolResult r) {
      @SuppressWarnings("unchecked")
      Map<String, Object> c = (Map<String, Object>) McpSession.structured(r).get("confirmed");
      Object id =
          switch (this) {
            case REPLY -> c.get("post_id");
            case NOTE -> c.get("note_id");
            case TIME -> c.get("time_track_id");
            case CREATE -> c.get("ticket_id");
            case UPDATE -> McpSession.structured(r).get("ticket_id");
          };
      return id == null ? null : ((Number) id).intValue();
    }
  }
}
