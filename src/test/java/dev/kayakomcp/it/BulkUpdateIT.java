package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.emulator.RequestLog;
import dev.kayakomcp.model.Note;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TicketPriority;
import dev.kayakomcp.tools.WriteContext;
import dev.kayakomcp.tools.WriteSettings;
import dev.kayakomcp.write.AuditLog;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * {@code kayako_bulk_update_tickets} through a real MCP client against the emulator, counting what
 * the emulator receives: a dry run sends nothing; a confirmed batch changes exactly the listed
 * tickets, each once, and reports a ticket Kayako failed on as failed; an expected_count that the
 * filters do not match sends nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class BulkUpdateIT {

  private static final String TOOL = "kayako_bulk_update_tickets";

  private KayakoEmulator emulator;
  private Helpdesk truth;
  private Staff staff;
  private Path auditFile;
  private McpSession writes;

  @BeforeAll
  void start() throws Exception {
    emulator = KayakoEmulator.start(EmulatorOptions.defaults());
    truth = emulator.helpdesk();
    staff = truth.staff.values().stream().filter(Staff::enabled).findFirst().orElseThrow();
    auditFile = Files.createTempDirectory("kayako-bulk").resolve("audit.log");
    writes = session(null);
  }

  @AfterAll
  void stop() {
    writes.close();
    emulator.close();
  }

  private McpSession session(
      java.util.function.Function<
              io.modelcontextprotocol.spec.McpSchema.ElicitFormRequest, ElicitResult>
          elicitation) {
    WriteContext context =
        WriteContext.of(
            WriteSettings.allowedAs(staff.id()), new AuditLog(auditFile, Clock.systemUTC()));
    return McpSession.on(emulator).writes(context).elicitation(elicitation).open();
  }

  @Test
  void aDryRunShowsEveryTicketsCurrentAndNewValuesAndSendsNothing() {
    List<Ticket> tickets = openTickets(0, 3);
    TicketPriority target = priorityNotOf(tickets);
    emulator.requests().reset();
    CallToolResult r =
        writes.call(
            TOOL,
            Map.of(
                "ticket_ids",
                tickets.stream().map(Ticket::displayId).toList(),
                "priority",
                target.title(),
                "dry_run",
                true));
    List<RequestLog.Entry> sent = emulator.requests().drain();
    assertThat(sent).extracting(RequestLog.Entry::method).containsOnly("GET");
    // One read per named ticket, nothing else per ticket.
    assertThat(RequestLog.byEndpoint(sent)).containsEntry("GET /Tickets/Ticket", tickets.size());
    assertThat(McpSession.structured(r).get("status")).isEqualTo("dry_run");
    String text = McpSession.text(r);
    for (Ticket t : tickets) {
      assertThat(text)
          .contains(t.displayId())
          .contains(
              "priority: " + truth.priorities.get(t.priorityId()).title() + " → " + target.title());
      assertThat(read(() -> truth.tickets.get(t.id()).priorityId())).isEqualTo(t.priorityId());
    }
    assertThat(rows(r)).extracting(row -> row.get("result")).containsOnly("planned");
  }

  @Test
  void aConfirmedBatchChangesExactlyTheListedTicketsOnceEachAndReportsTheOneThatFailed()
      throws Exception {
    List<Ticket> tickets = openTickets(10, 5);
    TicketPriority target = priorityNotOf(tickets);
    String note = "Bulk moved during the outage review " + System.nanoTime();
    Set<Integer> ids = tickets.stream().map(Ticket::id).collect(Collectors.toSet());
    emulator.requests().reset();
    // Kayako fails one update of the batch (a 500: the pipeline re-reads and finds it not stored).
    emulator.faults().serverErrors(1.0, 500).onlyMethod("PUT").remaining(1);
    CallToolResult r;
    try {
      Map<String, Object> args = new LinkedHashMap<>();
      args.put("ticket_ids", tickets.stream().map(t -> String.valueOf(t.id())).toList());
      args.put("priority", String.valueOf(target.id()));
      args.put("note", note);
      args.put("confirm", true);
      r = writes.call(TOOL, args);
    } finally {
      emulator.faults().clear();
    }
    List<RequestLog.Entry> sent = emulator.requests().drain();

    // Each listed ticket got exactly one update; nothing else was updated.
    Map<Integer, Integer> puts = new HashMap<>();
    for (RequestLog.Entry e : sent) {
      if (e.method().equals("PUT")) {
        List<String> s = e.segments();
        puts.merge(Integer.parseInt(s.get(s.size() - 1)), 1, Integer::sum);
      }
    }
    assertThat(puts).containsOnlyKeys(ids).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
    // A note only where the update went through: the four tickets that changed.
    assertThat(RequestLog.byEndpoint(sent)).containsEntry("POST /Tickets/TicketNote", 4);

    List<Ticket> failed =
        tickets.stream()
            .filter(t -> read(() -> truth.tickets.get(t.id()).priorityId()) != target.id())
            .toList();
    assertThat(failed).hasSize(1);
    Map<String, Map<String, Object>> byDisplay = new HashMap<>();
    rows(r).forEach(row -> byDisplay.put((String) row.get("display_id"), row));
    assertThat(byDisplay).hasSize(5);
    for (Ticket t : tickets) {
      Map<String, Object> row = byDisplay.get(t.displayId());
      int notes = notesWith(t.id(), note);
      if (t.id() == failed.get(0).id()) {
        assertThat(row.get("result")).isEqualTo("failed");
        assertThat(notes).isZero();
        assertThat((String) row.get("note")).startsWith("not added");
      } else {
        assertThat(row.get("result")).as(row.toString()).isEqualTo("changed");
        assertThat(notes).isEqualTo(1);
        assertThat(row.get("note")).isEqualTo("added");
      }
    }
    assertThat(McpSession.structured(r).get("status")).isEqualTo("done");
    assertThat(r.isError()).isFalse();
    // One audit line per ticket for its update (and one per note added).
    List<String> audit = Files.readAllLines(auditFile);
    for (Ticket t : tickets) {
      assertThat(
              audit.stream()
                  .filter(l -> l.contains("tool=" + TOOL + " ticket=" + t.displayId() + " "))
                  .filter(l -> l.contains("ticketpriorityid="))
                  .count())
          .as("update audit lines of " + t.displayId())
          .isEqualTo(1);
    }
  }

  @Test
  void filtersMatchingAnotherNumberThanExpectedSendNothingAndSayHowManyMatched() {
    int department = read(() -> truth.tickets.firstEntry().getValue().departmentId());
    long matching =
        read(
            () ->
                truth.tickets.values().stream()
                    .filter(t -> t.departmentId() == department)
                    .filter(t -> !truth.statuses.get(t.statusId()).markAsResolved())
                    .count());
    emulator.requests().reset();
    CallToolResult r =
        writes.call(
            TOOL,
            Map.of(
                "department_id",
                department,
                "status_id",
                "unresolved",
                "expected_count",
                (int) Math.min(matching - 1, 100),
                "priority",
                "1",
                "confirm",
                true));
    List<RequestLog.Entry> sent = emulator.requests().drain();
    assertThat(sent).extracting(RequestLog.Entry::method).containsOnly("GET");
    assertThat(r.isError()).isTrue();
    String expectedCount = matching > 100 ? "more than 100" : String.valueOf(matching);
    assertThat(McpSession.text(r)).contains("match " + expectedCount + " tickets");
  }

  @Test
  void withoutConfirmationTheBatchWaitsAndAnElicitationAcceptSendsIt() {
    List<Ticket> tickets = openTickets(30, 2);
    TicketPriority target = priorityNotOf(tickets);
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("ticket_ids", tickets.stream().map(Ticket::displayId).toList());
    args.put("priority", target.title());
    emulator.requests().reset();
    CallToolResult waiting = writes.call(TOOL, args);
    assertThat(McpSession.structured(waiting).get("status")).isEqualTo("needs_confirmation");
    assertThat(emulator.requests().drain())
        .extracting(RequestLog.Entry::method)
        .containsOnly("GET");

    int[] asked = {0};
    try (McpSession asking =
        session(
            req -> {
              asked[0]++;
              return new ElicitResult(ElicitResult.Action.ACCEPT, Map.of("approve", true));
            })) {
      CallToolResult done = asking.call(TOOL, args);
      assertThat(McpSession.structured(done).get("status")).isEqualTo("done");
    }
    assertThat(asked[0]).as("one question for the whole batch").isEqualTo(1);
    for (Ticket t : tickets) {
      assertThat(read(() -> truth.tickets.get(t.id()).priorityId())).isEqualTo(target.id());
    }
  }

  // ---- the emulator's truth, read directly ----

  private List<Ticket> openTickets(int skip, int n) {
    return read(
        () ->
            truth.tickets.values().stream()
                .filter(t -> !truth.statuses.get(t.statusId()).markAsResolved())
                .skip(skip)
                .limit(n)
                .toList());
  }

  /** A priority none of {@code tickets} has, so every one of them must change. */
  private TicketPriority priorityNotOf(List<Ticket> tickets) {
    Set<Integer> have = tickets.stream().map(Ticket::priorityId).collect(Collectors.toSet());
    return read(
        () ->
            truth.priorities.values().stream()
                .filter(p -> !have.contains(p.id()))
                .findFirst()
                .orElseThrow());
  }

  private int notesWith(int ticketId, String text) {
    return read(
        () ->
            (int)
                truth.ticketNotes.getOrDefault(ticketId, List.of()).stream()
                    .map(Note::contents)
                    .filter(c -> c.contains(text))
                    .count());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(CallToolResult r) {
    return (List<Map<String, Object>>) McpSession.structured(r).get("tickets");
  }

  private <T> T read(Supplier<T> s) {
    truth.lock.readLock().lock();
    try {
      return s.get();
    } finally {
      truth.lock.readLock().unlock();
    }
  }
}
