package dev.kayakomcp.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.emulator.EmulatorOptions;
import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.KayakoEmulator;
import dev.kayakomcp.emulator.RequestLog;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.tools.Reports;
import dev.kayakomcp.tools.WriteContext;
import dev.kayakomcp.tools.WriteSettings;
import dev.kayakomcp.write.AuditLog;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ImageContent;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * kayako_ticket_report and kayako_needs_attention through a real MCP client against the emulator's
 * 500-ticket dataset. Every expected figure is computed here, in plain Java, from the helpdesk's
 * own records; the server's and the emulator's request counts are checked too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class ReportToolsIT {

  private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
  private static final long NOW_S = NOW.getEpochSecond();
  private static final long DAY = 86_400;
  private static final long HOUR = 3_600;

  private KayakoEmulator emulator;
  private McpSession mcp;
  private Helpdesk truth;
  private Set<Integer> resolved;

  @BeforeAll
  void start() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    emulator = KayakoEmulator.start(EmulatorOptions.defaults().seed(11).clock(clock));
    truth = emulator.helpdesk();
    resolved =
        truth.statuses.values().stream()
            .filter(TicketStatus::markAsResolved)
            .map(TicketStatus::id)
            .collect(Collectors.toSet());
    mcp = McpSession.on(emulator).clock(clock).reports(Reports.standard()).open();
    // Loads the lookup tables once, so the calls below count only what reports cost.
    ok("kayako_list_tickets", Map.of("limit", 1));
  }

  @BeforeEach
  void freshLog() {
    emulator.requests().reset();
  }

  @AfterAll
  void stop() {
    mcp.close();
    emulator.close();
  }

  private Map<String, Object> ok(String tool, Map<String, Object> args) {
    CallToolResult r = mcp.call(tool, args);
    assertThat(r.isError()).as("%s: %s", args, McpSession.text(r)).isFalse();
    return McpSession.structured(r);
  }

  private Map<String, Integer> requests() {
    return RequestLog.byEndpoint(emulator.requests().snapshot());
  }

  private List<Ticket> tickets(Predicate<Ticket> p) {
    return truth.tickets.values().stream().filter(p).toList();
  }

  private boolean open(Ticket t) {
    return !resolved.contains(t.statusId());
  }

  private static long rank(List<Long> values, int percent) {
    List<Long> sorted = values.stream().sorted().toList();
    int r = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(1, r) - 1);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> groups(Map<String, Object> report) {
    return (List<Map<String, Object>>) report.get("groups");
  }

  @SuppressWarnings("unchecked")
  private static String id(Map<String, Object> group, String dimension) {
    return (String) ((Map<String, Object>) group.get(dimension)).get("id");
  }

  private static long num(Object o) {
    return ((Number) o).longValue();
  }

  @Test
  void countsPerDepartmentAndStatusAreExactAndCostTwoRequests() {
    Map<String, Object> report =
        ok(
            "kayako_ticket_report",
            Map.of("group_by", "department,status", "max_tickets_for_times", 0));
    Map<List<Integer>, List<Ticket>> expected =
        truth.tickets.values().stream()
            .collect(Collectors.groupingBy(t -> List.of(t.departmentId(), t.statusId())));
    assertThat(groups(report)).hasSize(expected.size());
    for (Map<String, Object> g : groups(report)) {
      List<Ticket> mine =
          expected.get(
              List.of(Integer.parseInt(id(g, "department")), Integer.parseInt(id(g, "status"))));
      assertThat(num(g.get("count"))).isEqualTo(mine.size());
      assertThat(num(g.get("unresolved"))).isEqualTo(mine.stream().filter(this::open).count());
      assertThat(num(g.get("escalated")))
          .isEqualTo(mine.stream().filter(Ticket::escalated).count());
      assertThat(num(g.get("waiting_on_staff")))
          .isEqualTo(mine.stream().filter(t -> open(t) && waiting(t)).count());
      assertThat(num(g.get("overdue")))
          .isEqualTo(mine.stream().filter(t -> open(t) && overdue(t)).count());
    }
    assertThat(num(((Map<?, ?>) report.get("totals")).get("count")))
        .isEqualTo(truth.tickets.size());
    assertThat(report.get("capped")).isEqualTo(false);
    assertThat(requests())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "GET /Tickets/Ticket/GetTicketCount", 1,
                "GET /Tickets/Ticket/ListAll", 1));
  }

  private static boolean waiting(Ticket t) {
    return t.lastUserReply() > 0 && t.lastUserReply() > t.lastStaffReply();
  }

  private static boolean overdue(Ticket t) {
    return (t.nextReplyDue() > 0 && t.nextReplyDue() < NOW_S)
        || (t.resolutionDue() > 0 && t.resolutionDue() < NOW_S);
  }

  @Test
  void backlogAgeAndWaitsPerDepartmentMatchTheDataset() {
    Map<String, Object> report =
        ok(
            "kayako_ticket_report",
            Map.of(
                "group_by", "department", "status_id", "unresolved", "max_tickets_for_times", 0));
    for (Map<String, Object> g : groups(report)) {
      int dept = Integer.parseInt(id(g, "department"));
      List<Ticket> mine = tickets(t -> t.departmentId() == dept && open(t));
      List<Long> ages = mine.stream().map(t -> NOW_S - t.creationTime()).toList();
      List<Long> idle = mine.stream().map(t -> NOW_S - t.lastActivity()).toList();
      assertThat(num(g.get("count"))).isEqualTo(mine.size());
      assertThat(num(g.get("open_age_median_seconds"))).isEqualTo(rank(ages, 50));
      assertThat(num(g.get("open_age_p90_seconds"))).isEqualTo(rank(ages, 90));
      assertThat(num(g.get("since_activity_median_seconds"))).isEqualTo(rank(idle, 50));
      long longest =
          mine.stream()
              .filter(ReportToolsIT::waiting)
              .mapToLong(t -> NOW_S - t.lastUserReply())
              .max()
              .orElse(0);
      if (longest > 0) {
        assertThat(num(g.get("longest_wait_seconds"))).isEqualTo(longest);
      }
      long worked =
          mine.stream()
              .flatMap(t -> truth.timeTracks.getOrDefault(t.id(), List.of()).stream())
              .mapToLong(tt -> tt.timeWorked())
              .sum();
      assertThat(num(g.get("worked_seconds"))).isEqualTo(worked);
    }
  }

  @Test
  void firstResponseOfTheLastTwentyResolvedTicketsComesFromTheirConversations() {
    mcp.progress().clear();
    CallToolResult r =
        mcp.callWithProgress(
            "kayako_ticket_report",
            Map.of("status_id", "resolved", "max_tickets_for_times", 20),
            "report-1");
    assertThat(r.isError()).isFalse();
    Map<String, Object> report = McpSession.structured(r);
    List<Ticket> newest =
        tickets(t -> !open(t)).stream()
            .sorted(
                Comparator.comparingLong(Ticket::creationTime)
                    .thenComparingInt(Ticket::id)
                    .reversed())
            .limit(20)
            .toList();
    List<Long> firsts = new ArrayList<>();
    for (Ticket t : newest) {
      List<Post> posts = conversation(t.id());
      for (int i = 1; i < posts.size(); i++) {
        if (posts.get(i).creator() == PostCreator.STAFF && !posts.get(i).isPrivate()) {
          firsts.add(Math.max(0, posts.get(i).dateline() - t.creationTime()));
          break;
        }
      }
    }
    Map<?, ?> fr = (Map<?, ?>) ((Map<?, ?>) report.get("totals")).get("first_response");
    assertThat(num(fr.get("based_on"))).isEqualTo(20);
    assertThat(num(fr.get("with_value"))).isEqualTo(firsts.size());
    assertThat(num(fr.get("median_seconds"))).isEqualTo(rank(firsts, 50));
    assertThat(num(fr.get("p90_seconds"))).isEqualTo(rank(firsts, 90));
    assertThat(num(fr.get("mean_seconds")))
        .isEqualTo(Math.round(firsts.stream().mapToLong(x -> x).average().orElse(0)));
    List<Long> resolutions =
        tickets(t -> !open(t)).stream().map(t -> t.lastActivity() - t.creationTime()).toList();
    Map<?, ?> res = (Map<?, ?>) ((Map<?, ?>) report.get("totals")).get("resolution");
    assertThat(num(res.get("median_seconds"))).isEqualTo(rank(resolutions, 50));
    assertThat(requests())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "GET /Tickets/Ticket/GetTicketCount", 1,
                "GET /Tickets/Ticket/ListAll", 1,
                "GET /Tickets/Ticket", 20));
    assertThat(McpSession.text(r)).contains("first response over the 20 newest tickets");
    awaitProgress("read 20 of 20 tickets");
    assertThat(mcp.progress()).allSatisfy(p -> assertThat(p.progressToken()).isEqualTo("report-1"));
    assertThat(mcp.progress().stream().map(ProgressNotification::message))
        .contains(
            "read page 1 of 1 ("
                + truth.tickets.values().stream().filter(t -> !open(t)).count()
                + " tickets)");
  }

  private void awaitProgress(String message) {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < until
        && mcp.progress().stream().noneMatch(p -> message.equals(p.message()))) {
      Thread.onSpinWait();
    }
    assertThat(mcp.progress().stream().map(ProgressNotification::message)).contains(message);
  }

  private List<Post> conversation(int ticketId) {
    List<Post> posts = new ArrayList<>(truth.posts.get(ticketId));
    posts.sort(Comparator.comparingLong(Post::dateline).thenComparingInt(Post::id));
    return posts;
  }

  @Test
  void compareShowsThePreviousWindowOfEqualLength() {
    String since = NOW.minus(Duration.ofDays(7)).toString();
    Map<String, Object> report =
        ok(
            "kayako_ticket_report",
            Map.of("created_since", since, "compare", "previous", "max_tickets_for_times", 0));
    long weekAgo = NOW_S - 7 * DAY;
    long thisWeek = tickets(t -> t.creationTime() >= weekAgo).size();
    long lastWeek =
        tickets(t -> t.creationTime() >= weekAgo - 7 * DAY && t.creationTime() < weekAgo).size();
    assertThat(thisWeek).isPositive();
    assertThat(num(((Map<?, ?>) report.get("totals")).get("count"))).isEqualTo(thisWeek);
    assertThat(num(((Map<?, ?>) report.get("previous_totals")).get("count"))).isEqualTo(lastWeek);
    assertThat((String) report.get("previous_window")).contains("created");
    // A fortnight of a 500-ticket helpdesk fits in the first page: one request, no count.
    assertThat(requests()).containsExactlyEntriesOf(Map.of("GET /Tickets/Ticket/ListAll", 1));
  }

  @Test
  void theCapIsStatedWhenReached() {
    try (McpSession capped =
        McpSession.on(emulator)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .reports(new Reports(100, Duration.ofSeconds(60)))
            .open()) {
      CallToolResult r = capped.call("kayako_ticket_report", Map.of("max_tickets_for_times", 0));
      assertThat(r.isError()).isFalse();
      Map<String, Object> m = McpSession.structured(r);
      assertThat(m.get("capped")).isEqualTo(true);
      assertThat(num(m.get("tickets_read"))).isEqualTo(100);
      assertThat(num(m.get("total"))).isEqualTo(truth.tickets.size());
      assertThat(McpSession.text(r)).contains("Cap reached").contains("--report-max-tickets");
      // The newest 100 by id.
      assertThat(num(((Map<?, ?>) m.get("totals")).get("count"))).isEqualTo(100);
    }
  }

  @Test
  void manyGroupsStayWithinTheAnswerBudgetAndSaySo() {
    CallToolResult r =
        mcp.call(
            "kayako_ticket_report",
            Map.of("group_by", List.of("customer", "tag"), "max_tickets_for_times", 0));
    String text = McpSession.text(r);
    Map<String, Object> m = McpSession.structured(r);
    assertThat(text.length()).isLessThanOrEqualTo(25_000);
    assertThat(num(m.get("groups_shown"))).isLessThan(num(m.get("groups_total")));
    assertThat(text).contains("groups fit in one answer");
    assertThat(num(((Map<?, ?>) m.get("totals")).get("count"))).isEqualTo(truth.tickets.size());
  }

  @Test
  void badInputGetsAnErrorThatSaysWhatToDo() {
    assertThat(error(Map.of("group_by", "colour")))
        .contains("Unknown group_by 'colour'")
        .contains("department, status, owner");
    assertThat(error(Map.of("group_by", "department,status,owner"))).contains("at most two");
    assertThat(error(Map.of("created_since", "2026-11-20", "created_before", "2026-11-10")))
        .contains("window is empty");
    assertThat(error(Map.of("compare", "previous"))).contains("needs one window");
    assertThat(error(Map.of("tag", "no-such-tag", "max_tickets_for_times", 0)))
        .contains("No tickets match")
        .contains("Widen the set");
  }

  private String error(Map<String, Object> args) {
    CallToolResult r = mcp.call("kayako_ticket_report", args);
    assertThat(r.isError()).as(McpSession.text(r)).isTrue();
    return McpSession.text(r);
  }

  @Test
  void aRepeatWithinTheCacheTimeCostsNothingUntilAWriteGoesThrough() {
    Map<String, Object> args = Map.of("group_by", "priority", "max_tickets_for_times", 0);
    Map<String, Object> first = ok("kayako_ticket_report", args);
    emulator.requests().reset();
    assertThat(ok("kayako_ticket_report", args)).isEqualTo(first);
    assertThat(emulator.requests().count()).isZero();

    mcp.kayako().addNote(truth.tickets.firstKey(), 1, "checked", 1);
    emulator.requests().reset();
    ok("kayako_ticket_report", args);
    assertThat(requests()).containsEntry("GET /Tickets/Ticket/ListAll", 1);
  }

  @Test
  void aWriteToolDropsTheCachedAnswers() {
    int staff = truth.staff.firstKey();
    WriteContext writes =
        WriteContext.of(WriteSettings.allowedAs(staff), AuditLog.toStderr(Clock.systemUTC()));
    try (McpSession session = McpSession.on(emulator).writes(writes).open()) {
      Map<String, Object> args = Map.of("group_by", "type", "max_tickets_for_times", 0);
      assertThat(session.call("kayako_ticket_report", args).isError()).isFalse();
      emulator.requests().reset();
      session.call("kayako_ticket_report", args);
      assertThat(emulator.requests().count()).as("cached").isZero();

      CallToolResult note =
          session.call(
              "kayako_add_ticket_note",
              Map.of("ticket_id", String.valueOf(truth.tickets.firstKey()), "contents", "seen"));
      assertThat(note.isError()).as(McpSession.text(note)).isFalse();
      emulator.requests().reset();
      session.call("kayako_ticket_report", args);
      assertThat(requests()).containsEntry("GET /Tickets/Ticket/ListAll", 1);
    }
  }

  @Test
  void aChartComesAsPngBesideTheTable() {
    CallToolResult r =
        mcp.call(
            "kayako_ticket_report",
            Map.of(
                "group_by",
                "created_week",
                "created_since",
                "8w",
                "chart",
                true,
                "max_tickets_for_times",
                0));
    assertThat(r.isError()).isFalse();
    ImageContent image =
        r.content().stream()
            .filter(ImageContent.class::isInstance)
            .map(ImageContent.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(image.mimeType()).isEqualTo("image/png");
    assertThat(Base64.getDecoder().decode(image.data())).startsWith(0x89, 'P', 'N', 'G');
    assertThat(McpSession.text(r)).contains("| Created (week) |");

    CallToolResult tooMany =
        mcp.call(
            "kayako_ticket_report",
            Map.of("group_by", "customer", "chart", true, "max_tickets_for_times", 0));
    assertThat(tooMany.content()).noneMatch(ImageContent.class::isInstance);
    assertThat(McpSession.text(tooMany)).contains("No chart: a chart shows at most 20 groups");
  }

  @Test
  @SuppressWarnings("unchecked")
  void needsAttentionRanksTheOpenTicketsAsTheDefinitionsSay() {
    Map<String, Object> m = ok("kayako_needs_attention", Map.of("limit", 20));
    List<Map<String, Object>> got = (List<Map<String, Object>>) m.get("tickets");
    Map<Integer, Long> scores = new HashMap<>();
    for (Ticket t : tickets(this::open)) {
      scores.put(t.id(), score(t));
    }
    List<Integer> expected =
        scores.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(
                Comparator.<Map.Entry<Integer, Long>>comparingLong(e -> -e.getValue())
                    .thenComparingLong(e -> -waited(truth.tickets.get(e.getKey())))
                    .thenComparingInt(Map.Entry::getKey))
            .limit(20)
            .map(Map.Entry::getKey)
            .toList();
    assertThat(got.stream().map(g -> ((Number) g.get("ticket_id")).intValue()))
        .containsExactlyElementsOf(expected);
    Ticket top = truth.tickets.get(expected.get(0));
    assertThat(got.get(0).get("display_id")).isEqualTo(top.displayId());
    assertThat(num(got.get(0).get("score_hours"))).isEqualTo(scores.get(top.id()) / HOUR);
    Map<String, Integer> made = requests();
    assertThat(made.get("GET /Tickets/Ticket/ListAll")).isEqualTo(1);
    assertThat(made.getOrDefault("GET /Tickets/Ticket", 0)).isLessThanOrEqualTo(60);
  }

  private long waited(Ticket t) {
    return waiting(t) ? NOW_S - t.lastUserReply() : 0;
  }

  /** The ranking's definition, written out again over the dataset's records. */
  private long score(Ticket t) {
    long s = waited(t);
    if (t.nextReplyDue() > 0 && t.nextReplyDue() < NOW_S) {
      s += 24 * HOUR;
    }
    if (t.resolutionDue() > 0 && t.resolutionDue() < NOW_S) {
      s += 12 * HOUR;
    }
    if (t.escalated()) {
      s += 24 * HOUR;
    }
    String priority = truth.priorities.get(t.priorityId()).title().toLowerCase();
    if (t.ownerStaffId() == 0
        && (priority.contains("urgent")
            || priority.contains("high")
            || priority.contains("critical")
            || priority.contains("emergency"))) {
      s += 24 * HOUR;
    }
    if (waiting(t)) {
      int unanswered = 0;
      for (Post p : conversation(t.id())) {
        if (p.creator() == PostCreator.STAFF && !p.isPrivate()) {
          unanswered = 0;
        } else if (p.creator() == PostCreator.USER || p.creator() == PostCreator.CC) {
          unanswered++;
        }
      }
      s += 8 * HOUR * Math.max(0, unanswered - 1);
    }
    return s;
  }

  @Test
  @SuppressWarnings("unchecked")
  void needsAttentionFiltersByDepartment() {
    int dept = truth.tickets.firstEntry().getValue().departmentId();
    Map<String, Object> m = ok("kayako_needs_attention", Map.of("department_id", dept, "limit", 5));
    List<Map<String, Object>> got = (List<Map<String, Object>>) m.get("tickets");
    assertThat(got).isNotEmpty().hasSizeLessThanOrEqualTo(5);
    String name = truth.departments.get(dept).title();
    assertThat(got).allSatisfy(g -> assertThat(g.get("department")).isEqualTo(name));
    assertThat(num(m.get("open_tickets_read")))
        .isEqualTo(tickets(t -> open(t) && t.departmentId() == dept).size());
  }
}
