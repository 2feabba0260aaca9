package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.tools.WriteContext;
import dev.kayakomcp.tools.WriteSettings;
import dev.kayakomcp.write.AuditLog;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** The write tools through a real MCP client against the emulator, in both modes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class WriteToolsIT {

  private KayakoEmulator emulator;
  private Helpdesk truth;
  private Staff staff;
  private Path auditFile;
  private McpSession writes;

  @BeforeAll
  void start() throws Exception {
    Path dir = Files.createTempDirectory("kayako-writes");
    emulator = KayakoEmulator.start(EmulatorOptions.defaults());
    truth = emulator.helpdesk();
    staff = truth.staff.values().stream().filter(Staff::enabled).findFirst().orElseThrow();
    auditFile = dir.resolve("audit.log");
    writes = session(null);
  }

  @AfterAll
  void stop() throws Exception {
    writes.close();
    emulator.close();
  }

  private McpSession session(
      java.util.function.Function<
              io.modelcontextprotocol.spec.McpSchema.ElicitFormRequest, ElicitResult>
          elicitation) {
    Clock clock = Clock.systemUTC();
    WriteContext context =
        WriteContext.of(WriteSettings.allowedAs(staff.id()), new AuditLog(auditFile, clock));
    return McpSession.on(emulator).writes(context).elicitation(elicitation).open();
  }

  private <T> T read(Supplier<T> s) {
    truth.lock.readLock().lock();
    try {
      return s.get();
    } finally {
      truth.lock.readLock().unlock();
    }
  }

  private Ticket openTicket(int skip) {
    return read(
        () ->
            truth.tickets.values().stream()
                .filter(t -> !truth.statuses.get(t.statusId()).markAsResolved())
                .skip(skip)
                .findFirst()
                .orElseThrow());
  }

  private int postCount(int ticketId) {
    return read(() -> truth.posts.getOrDefault(ticketId, List.of()).size());
  }

  private static String status(CallToolResult r) {
    return (String) McpSession.structured(r).get("status");
  }

  @Test
  void readOnlyByDefaultWriteToolsAreNeitherListedNorCallable() {
    try (McpSession readOnly = new McpSession(emulator)) {
      assertThat(readOnly.client().listTools().tools())
          .extracting(t -> t.name())
          .doesNotContain("kayako_reply_to_ticket", "kayako_update_ticket", "kayako_create_ticket");
      assertThatThrownBy(
              () ->
                  readOnly.call(
                      "kayako_add_ticket_note", Map.of("ticket_id", "1", "contents", "x")))
          .hasMessageContaining("Unknown tool");
    }
    var listed = writes.client().listTools().tools();
    assertThat(listed)
        .extracting(t -> t.name())
        .contains(
            "kayako_create_ticket",
            "kayako_reply_to_ticket",
            "kayako_add_ticket_note",
            "kayako_update_ticket",
            "kayako_log_time");
    for (var t : listed) {
      if (t.name().equals("kayako_update_ticket")) {
        assertThat(t.annotations().readOnlyHint()).isFalse();
        assertThat(t.annotations().destructiveHint()).isTrue();
        assertThat(t.annotations().idempotentHint()).isTrue();
      } else if (List.of(
              "kayako_create_ticket",
              "kayako_reply_to_ticket",
              "kayako_add_ticket_note",
              "kayako_log_time")
          .contains(t.name())) {
        assertThat(t.annotations().readOnlyHint()).isFalse();
        assertThat(t.annotations().destructiveHint()).isFalse();
        assertThat(t.annotations().idempotentHint()).isFalse();
      }
    }
  }

  @Test
  void readOnlyWinsOverAllowedWrites() {
    WriteContext allowed =
        WriteContext.of(WriteSettings.allowedAs(staff.id()), AuditLog.toStderr(Clock.systemUTC()));
    dev.kayakomcp.tools.ToolRegistry registry =
        dev.kayakomcp.tools.ToolRegistry.forWrites(allowed.settings())
            .filtered(dev.kayakomcp.tools.ToolFilter.parse(null, null, null, true));
    try (McpSession readOnly = McpSession.on(emulator).registry(registry).writes(allowed).open()) {
      assertThat(readOnly.client().listTools().tools())
          .isNotEmpty()
          .allSatisfy(t -> assertThat(t.annotations().readOnlyHint()).isTrue());
      int before = postCount(openTicket(0).id());
      assertThatThrownBy(
              () ->
                  readOnly.call(
                      "kayako_reply_to_ticket",
                      Map.of("ticket_id", openTicket(0).id(), "contents", "x", "confirm", true)))
          .hasMessageContaining("Unknown tool");
      assertThat(postCount(openTicket(0).id())).isEqualTo(before);
    }
  }

  @Test
  void aReplyWaitsForConfirmationThenPostsOnceAndIsConfirmedByReReading() {
    Ticket t = openTicket(0);
    int before = postCount(t.id());
    String text = "Hello from the reply test " + System.nanoTime();
    CallToolResult preview =
        writes.call("kayako_reply_to_ticket", Map.of("ticket_id", t.displayId(), "contents", text));
    assertThat(status(preview)).isEqualTo("needs_confirmation");
    assertThat(McpSession.text(preview)).contains("confirm=true").contains(text);
    assertThat(postCount(t.id())).isEqualTo(before);

    CallToolResult sent =
        writes.call(
            "kayako_reply_to_ticket",
            Map.of("ticket_id", t.displayId(), "contents", text, "confirm", true));
    assertThat(sent.isError()).as(McpSession.text(sent)).isFalse();
    assertThat(status(sent)).isEqualTo("landed");
    assertThat(postCount(t.id())).isEqualTo(before + 1);
    Post last = read(() -> truth.posts.get(t.id()).get(truth.posts.get(t.id()).size() - 1));
    assertThat(last.contents()).isEqualTo(text);
    assertThat(last.staffId()).isEqualTo(staff.id());
    @SuppressWarnings("unchecked")
    Map<String, Object> confirmed =
        (Map<String, Object>) McpSession.structured(sent).get("confirmed");
    assertThat(((Number) confirmed.get("post_id")).intValue()).isEqualTo(last.id());
    assertThat(confirmed.get("post_found_on_re_read")).isEqualTo(true);
    assertThat(confirmed.get("ticket_last_replier")).isEqualTo(staff.fullName());

    CallToolResult again =
        writes.call(
            "kayako_reply_to_ticket",
            Map.of(
                "ticket_id", t.id(), "contents", "  " + text.toUpperCase() + " ", "confirm", true));
    assertThat(again.isError()).isTrue();
    assertThat(status(again)).isEqualTo("refused_duplicate");
    assertThat(McpSession.text(again)).contains("allow_duplicate=true");
    assertThat(postCount(t.id())).isEqualTo(before + 1);

    CallToolResult forced =
        writes.call(
            "kayako_reply_to_ticket",
            Map.of(
                "ticket_id", t.id(), "contents", text, "confirm", true, "allow_duplicate", true));
    assertThat(status(forced)).isEqualTo("landed");
    assertThat(postCount(t.id())).isEqualTo(before + 2);
  }

  @Test
  void aClientWithElicitationIsAskedAndItsAnswerDecides() {
    Ticket t = openTicket(1);
    AtomicInteger asked = new AtomicInteger();
    try (McpSession yes =
            session(
                r -> {
                  asked.incrementAndGet();
                  return new ElicitResult(ElicitResult.Action.ACCEPT, Map.of("approve", true));
                });
        McpSession no =
            session(
                r -> {
                  asked.incrementAndGet();
                  return new ElicitResult(ElicitResult.Action.DECLINE, null);
                })) {
      int before = postCount(t.id());
      CallToolResult declined =
          no.call(
              "kayako_reply_to_ticket",
              Map.of("ticket_id", t.id(), "contents", "declined " + System.nanoTime()));
      assertThat(status(declined)).isEqualTo("declined");
      assertThat(postCount(t.id())).isEqualTo(before);
      CallToolResult accepted =
          yes.call(
              "kayako_reply_to_ticket",
              Map.of(
                  "ticket_id",
                  t.id(),
                  "contents",
                  "accepted " + System.nanoTime(),
                  "private",
                  true));
      assertThat(status(accepted)).isEqualTo("landed");
      assertThat(postCount(t.id())).isEqualTo(before + 1);
      Post last = read(() -> truth.posts.get(t.id()).get(truth.posts.get(t.id()).size() - 1));
      assertThat(last.isPrivate()).isTrue();
      assertThat(asked.get()).isEqualTo(2);
    }
  }

  @Test
  void aDryRunShowsResolvedIdsAndTheFinalTextAndSendsNothing() {
    Ticket t = openTicket(2);
    TicketStatus resolved =
        read(
            () ->
                truth.statuses.values().stream()
                    .filter(s -> s.markAsResolved() && s.departmentId() == 0)
                    .findFirst()
                    .orElseThrow());
    CallToolResult r =
        writes.call(
            "kayako_update_ticket",
            Map.of(
                "ticket_id",
                t.displayId(),
                "status",
                resolved.title().toLowerCase(),
                "owner",
                staff.fullName(),
                "dry_run",
                true));
    assertThat(status(r)).isEqualTo("dry_run");
    @SuppressWarnings("unchecked")
    Map<String, String> sent = (Map<String, String>) McpSession.structured(r).get("sent");
    assertThat(sent.get("ticketstatusid")).isEqualTo(resolved.id() + " (" + resolved.title() + ")");
    assertThat(sent.get("ownerstaffid")).isEqualTo(staff.id() + " (" + staff.fullName() + ")");
    assertThat(read(() -> truth.tickets.get(t.id()).statusId())).isEqualTo(t.statusId());
  }

  @Test
  void anUpdateByNamesIsConfirmedFieldByField() {
    Ticket t = openTicket(3);
    TicketStatus resolved =
        read(
            () ->
                truth.statuses.values().stream()
                    .filter(s -> s.markAsResolved() && s.departmentId() == 0)
                    .findFirst()
                    .orElseThrow());
    CallToolResult r =
        writes.call(
            "kayako_update_ticket",
            Map.of(
                "ticket_id",
                t.id(),
                "status",
                resolved.title(),
                "priority",
                "urgent",
                "owner",
                "unassigned",
                "confirm",
                true));
    assertThat(r.isError()).as(McpSession.text(r)).isFalse();
    assertThat(status(r)).isEqualTo("landed");
    Ticket after = read(() -> truth.tickets.get(t.id()));
    assertThat(after.statusId()).isEqualTo(resolved.id());
    assertThat(after.ownerStaffId()).isZero();
    assertThat(truth.priorities.get(after.priorityId()).title()).isEqualToIgnoringCase("urgent");
    @SuppressWarnings("unchecked")
    Map<String, Object> confirmed = (Map<String, Object>) McpSession.structured(r).get("confirmed");
    assertThat((String) confirmed.get("status")).endsWith(resolved.title());
    assertThat(confirmed.get("owner")).asString().endsWith("unassigned");
    assertThat((List<?>) McpSession.structured(r).get("unchanged_fields")).isEmpty();
  }

  @Test
  void badValuesAreRefusedBeforeAnythingIsSent() {
    Ticket t = openTicket(4);
    CallToolResult status =
        writes.call("kayako_update_ticket", Map.of("ticket_id", t.id(), "status", "Nirvana"));
    assertThat(status.isError()).isTrue();
    assertThat(McpSession.text(status)).contains("No status 'Nirvana'").contains("Open");
    CallToolResult nothing = writes.call("kayako_update_ticket", Map.of("ticket_id", t.id()));
    assertThat(McpSession.text(nothing)).contains("Nothing to change");
    CallToolResult time =
        writes.call(
            "kayako_log_time", Map.of("ticket_id", t.id(), "time_spent", "a while", "note", "x"));
    assertThat(McpSession.text(time)).contains("duration such as");
    CallToolResult email =
        writes.call(
            "kayako_create_ticket",
            Map.of(
                "subject",
                "s",
                "contents",
                "c",
                "customer_email",
                "not-an-email",
                "customer_name",
                "n",
                "department",
                "1"));
    assertThat(McpSession.text(email)).contains("must be an e-mail address");
    CallToolResult missing = writes.call("kayako_add_ticket_note", Map.of("ticket_id", t.id()));
    assertThat(McpSession.text(missing)).contains("'contents' is required");
  }

  @Test
  void badAttachmentsAreArgumentErrorsThatSayWhatIsValid() {
    Ticket t = openTicket(9);
    int before = postCount(t.id());
    java.util.function.Function<Object, String> reply =
        attachments ->
            McpSession.text(
                writes.call(
                    "kayako_reply_to_ticket",
                    Map.of(
                        "ticket_id",
                        t.id(),
                        "contents",
                        "with a file " + System.nanoTime(),
                        "confirm",
                        true,
                        "attachments",
                        attachments)));
    assertThat(reply.apply(List.of(Map.of("file_name", "a.txt", "content_base64", "%%%not"))))
        .startsWith("Invalid arguments")
        .contains("standard base64")
        .contains("'a.txt'");
    assertThat(reply.apply(List.of(Map.of("file_name", " ", "content_base64", "aGVsbG8="))))
        .contains("file_name must be a file name of 1 to 255 characters");
    assertThat(reply.apply(List.of(Map.of("file_name", "empty.txt", "content_base64", ""))))
        .contains("not empty");
    assertThat(reply.apply("not a list")).contains("must be a list of");
    assertThat(postCount(t.id())).as("nothing was sent").isEqualTo(before);
  }

  @Test
  void identicalNotesTimeEntriesAndTicketsWithinTheWindowAreRefused() {
    Ticket t = openTicket(10);
    String text = "Window note " + System.nanoTime();
    Map<String, Object> note = Map.of("ticket_id", t.id(), "contents", text);
    assertThat(status(writes.call("kayako_add_ticket_note", note))).isEqualTo("landed");
    CallToolResult again = writes.call("kayako_add_ticket_note", note);
    assertThat(status(again)).isEqualTo("refused_duplicate");
    assertThat(McpSession.text(again)).contains("allow_duplicate=true");
    Map<String, Object> time =
        Map.of(
            "ticket_id", t.id(), "time_spent", "20m", "note", "Window time " + System.nanoTime());
    assertThat(status(writes.call("kayako_log_time", time))).isEqualTo("landed");
    assertThat(status(writes.call("kayako_log_time", time))).isEqualTo("refused_duplicate");
    java.util.HashMap<String, Object> forced = new java.util.HashMap<>(time);
    forced.put("allow_duplicate", true);
    assertThat(status(writes.call("kayako_log_time", forced))).isEqualTo("landed");
    String note2 = (String) time.get("note");
    assertThat(
            read(
                () ->
                    truth.timeTracks.get(t.id()).stream()
                        .filter(x -> x.contents().equals(note2))
                        .count()))
        .isEqualTo(2);
    assertThat(
            read(
                () ->
                    truth.ticketNotes.get(t.id()).stream()
                        .filter(x -> x.contents().equals(text))
                        .count()))
        .isEqualTo(1);
  }

  @Test
  void eachWriteCostsKayakoOneReadOneSendOneReReadOnWarmCaches() {
    Ticket t = openTicket(11);
    String u = " " + System.nanoTime();
    writes.call("kayako_get_ticket_statuses", Map.of()); // warm the lookup caches
    List<Map.Entry<String, Map<String, Object>>> calls =
        List.of(
            Map.entry(
                "kayako_reply_to_ticket",
                Map.of("ticket_id", t.id(), "contents", "Counted" + u, "confirm", true)),
            Map.entry("kayako_add_ticket_note", Map.of("ticket_id", t.id(), "contents", "N" + u)),
            Map.entry(
                "kayako_log_time",
                Map.of("ticket_id", t.id(), "time_spent", "5m", "note", "T" + u)),
            Map.entry("kayako_update_ticket", Map.of("ticket_id", t.id(), "subject", "S" + u)),
            Map.entry(
                "kayako_create_ticket",
                Map.of(
                    "subject", "Counted" + u,
                    "contents", "c",
                    "customer_email", "count@example.com",
                    "customer_name", "Count",
                    "department", String.valueOf(t.departmentId()))));
    for (var call : calls) {
      emulator.requests().drain();
      CallToolResult r = writes.call(call.getKey(), call.getValue());
      assertThat(status(r)).as(McpSession.text(r)).isEqualTo("landed");
      var requests = emulator.requests().drain();
      assertThat(requests).as(call.getKey() + ": " + requests).hasSize(3);
      assertThat(requests.stream().filter(e -> !e.method().equals("GET")))
          .as(call.getKey())
          .hasSize(1);
    }
  }

  @Test
  void oddTicketIdsAreArgumentErrorsAndAMergedIdWritesToTheSurvivingTicket() {
    for (String odd : List.of("pat@example.com", "0", "12 34")) {
      CallToolResult r =
          writes.call("kayako_add_ticket_note", Map.of("ticket_id", odd, "contents", "x"));
      assertThat(r.isError()).isTrue();
      assertThat(McpSession.text(r))
          .startsWith("Invalid arguments")
          .contains("numeric id (e.g. 1042)");
    }
    Map.Entry<Integer, Integer> merged =
        read(() -> truth.mergedTicketIds.entrySet().iterator().next());
    String text = "On a merged id " + System.nanoTime();
    CallToolResult r =
        writes.call(
            "kayako_add_ticket_note",
            Map.of("ticket_id", String.valueOf(merged.getKey()), "contents", text));
    assertThat(status(r)).as(McpSession.text(r)).isEqualTo("landed");
    assertThat(McpSession.text(r)).contains("was merged into").contains("surviving ticket");
    assertThat(((Number) McpSession.structured(r).get("ticket_id")).intValue())
        .isEqualTo(merged.getValue());
    assertThat(
            read(
                () ->
                    truth.ticketNotes.get(merged.getValue()).stream()
                        .anyMatch(n -> n.contents().equals(text))))
        .isTrue();
  }

  @Test
  void notesTimeAndNewTicketsLandInKayako() throws Exception {
    Ticket t = openTicket(5);
    CallToolResult note =
        writes.call(
            "kayako_add_ticket_note",
            Map.of("ticket_id", t.displayId(), "contents", "Checked the logs", "color", "red"));
    assertThat(status(note)).as(McpSession.text(note)).isEqualTo("landed");
    var notes = read(() -> truth.ticketNotes.get(t.id()));
    assertThat(notes.get(notes.size() - 1).contents()).isEqualTo("Checked the logs");
    assertThat(notes.get(notes.size() - 1).noteColor()).isEqualTo(5);

    CallToolResult time =
        writes.call(
            "kayako_log_time",
            Map.of(
                "ticket_id",
                t.id(),
                "time_spent",
                "1h30m",
                "time_billable",
                "45m",
                "note",
                "Debugging"));
    assertThat(status(time)).as(McpSession.text(time)).isEqualTo("landed");
    var tracks = read(() -> truth.timeTracks.get(t.id()));
    assertThat(tracks.get(tracks.size() - 1).timeWorked()).isEqualTo(5400);
    assertThat(tracks.get(tracks.size() - 1).timeBillable()).isEqualTo(2700);

    int department = t.departmentId();
    CallToolResult created =
        writes.call(
            "kayako_create_ticket",
            Map.of(
                "subject",
                "Printer on fire",
                "contents",
                "It is smoking.",
                "customer_email",
                "pat@example.com",
                "customer_name",
                "Pat Customer",
                "department",
                String.valueOf(department),
                "priority",
                "High"));
    assertThat(status(created)).as(McpSession.text(created)).isEqualTo("landed");
    String displayId = (String) McpSession.structured(created).get("display_id");
    assertThat(displayId).matches("[A-Z]{3}-\\d{3}-\\d{5}");
    Ticket made =
        read(
            () ->
                truth.tickets.values().stream()
                    .filter(x -> x.displayId().equals(displayId))
                    .findFirst()
                    .orElseThrow());
    assertThat(made.subject()).isEqualTo("Printer on fire");
    assertThat(made.creationType()).as("recorded as a phone ticket, no e-mail").isEqualTo(2);
    assertThat(truth.priorities.get(made.priorityId()).title()).isEqualTo("High");

    List<String> audit = Files.readAllLines(auditFile);
    assertThat(audit)
        .anyMatch(l -> l.contains("tool=kayako_add_ticket_note") && l.contains(t.displayId()));
    assertThat(audit)
        .anyMatch(l -> l.contains("tool=kayako_create_ticket") && l.contains("landed ticket"));
    assertThat(String.join("\n", audit))
        .doesNotContain(emulator.apiKey())
        .doesNotContain(emulator.secretKey());
  }

  @Test
  void afterACutConnectionTheReplyIsReReadNotResent() {
    Ticket t = openTicket(6);
    int before = postCount(t.id());
    emulator.faults().cut(1.0).onlyMethod("POST").remaining(1);
    CallToolResult r =
        writes.call(
            "kayako_reply_to_ticket",
            Map.of("ticket_id", t.id(), "contents", "cut " + System.nanoTime(), "confirm", true));
    emulator.faults().clear();
    assertThat(status(r)).as(McpSession.text(r)).isIn("landed", "not_landed");
    assertThat(postCount(t.id()))
        .as("posted exactly once or not at all")
        .isBetween(before, before + 1);
    if (postCount(t.id()) == before + 1) {
      assertThat(status(r)).isEqualTo("landed");
      assertThat(McpSession.text(r)).contains("re-reading Kayako shows the write landed");
    } else {
      assertThat(status(r)).isEqualTo("not_landed");
    }
  }

  @Test
  void notesAndNewTicketsAreReReadAfterACutConnection() {
    Ticket t = openTicket(8);
    int notesBefore = read(() -> truth.ticketNotes.getOrDefault(t.id(), List.of()).size());
    emulator.faults().cut(1.0).onlyMethod("POST").remaining(1);
    CallToolResult note =
        writes.call(
            "kayako_add_ticket_note",
            Map.of("ticket_id", t.id(), "contents", "cut note " + System.nanoTime()));
    emulator.faults().clear();
    assertThat(read(() -> truth.ticketNotes.getOrDefault(t.id(), List.of()).size()))
        .isEqualTo(notesBefore + 1);
    assertThat(status(note)).isEqualTo("landed");
    assertThat(McpSession.text(note)).contains("re-reading Kayako shows the write landed");

    String subject = "Cut while creating " + System.nanoTime();
    emulator.faults().cut(1.0).onlyMethod("POST").remaining(1);
    CallToolResult created =
        writes.call(
            "kayako_create_ticket",
            Map.of(
                "subject",
                subject,
                "contents",
                "body",
                "customer_email",
                "cut@example.com",
                "customer_name",
                "Cut Customer",
                "department",
                String.valueOf(t.departmentId())));
    emulator.faults().clear();
    assertThat(status(created)).as(McpSession.text(created)).isEqualTo("landed");
    assertThat(McpSession.text(created)).contains("Do not send it again");
    assertThat(
            read(
                () ->
                    truth.tickets.values().stream()
                        .filter(x -> x.subject().equals(subject))
                        .count()))
        .isEqualTo(1);
  }

  @Test
  void whenKayakoNeverAnswersTheReplyIsReportedAsNotPosted() {
    Ticket t = openTicket(7);
    int before = postCount(t.id());
    emulator.faults().noAnswer(1.0, 1500).onlyMethod("POST").remaining(1);
    CallToolResult r =
        writes.call(
            "kayako_reply_to_ticket",
            Map.of("ticket_id", t.id(), "contents", "lost " + System.nanoTime(), "confirm", true));
    emulator.faults().clear();
    assertThat(r.isError()).isTrue();
    assertThat(status(r)).isEqualTo("not_landed");
    assertThat(McpSession.text(r)).contains("safe to send it again");
    assertThat(postCount(t.id())).isEqualTo(before);
  }
}
