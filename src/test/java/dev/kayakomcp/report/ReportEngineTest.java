package dev.kayakomcp.report;

import static dev.kayakomcp.report.HandTickets.DAY;
import static dev.kayakomcp.report.HandTickets.HOUR;
import static dev.kayakomcp.report.HandTickets.NOW;
import static dev.kayakomcp.report.HandTickets.post;
import static dev.kayakomcp.report.HandTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Ticket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportEngineTest {

  private static Ticket conversation(int id, long created, long firstAnswerAfter) {
    return ticket(id)
        .created(created)
        .lastActivity(created + firstAnswerAfter)
        .posts(
            post(1, PostCreator.USER, created, false),
            post(2, PostCreator.STAFF, created + firstAnswerAfter / 2, true),
            post(3, PostCreator.STAFF, created + firstAnswerAfter, false))
        .build();
  }

  @Test
  void theWindowAndThePreviousWindowAreFilledFromOneReadAndTimedFromConversations() {
    List<Ticket> all = new ArrayList<>();
    // This week: three tickets answered after 1, 2 and 9 hours.
    all.add(conversation(10, NOW - 1 * DAY, HOUR));
    all.add(conversation(11, NOW - 2 * DAY, 2 * HOUR));
    all.add(conversation(12, NOW - 3 * DAY, 9 * HOUR));
    // The week before: two tickets, answered after 4 and 6 hours.
    all.add(conversation(20, NOW - 8 * DAY, 4 * HOUR));
    all.add(conversation(21, NOW - 9 * DAY, 6 * HOUR));
    // Older: read (the page reaches past the previous window) but counted nowhere.
    all.add(conversation(30, NOW - 30 * DAY, HOUR));
    FakeSource s = new FakeSource(all.stream().map(t -> t.withPosts(null)).toList());
    all.forEach(t -> s.withPosts.put(t.id(), t));
    long weekAgo = NOW - 7 * DAY;
    ReportPlan plan =
        new ReportPlan(
            List.of(),
            ReadOrder.CREATED_DESC,
            weekAgo - 7 * DAY,
            t -> t.creationTime() >= weekAgo,
            t -> t.creationTime() >= weekAgo - 7 * DAY && t.creationTime() < weekAgo,
            2,
            200_000,
            HandTickets.directory(),
            NOW);
    List<String> progress = new ArrayList<>();
    ReportResult r = new ReportEngine(s, s, progress::add, 4).run(plan);

    assertThat(r.current().total().count()).isEqualTo(3);
    assertThat(r.previous().total().count()).isEqualTo(2);
    // The two newest of each window were read: 1 h and 2 h now, 4 h and 6 h before.
    assertThat(r.current().total().timedTickets()).isEqualTo(2);
    assertThat(r.current().total().firstResponse().median()).isEqualTo(HOUR);
    assertThat(r.current().total().firstResponse().p90()).isEqualTo(2 * HOUR);
    assertThat(r.previous().total().firstResponse().median()).isEqualTo(4 * HOUR);
    assertThat(s.gets.get()).isEqualTo(4);
    assertThat(r.requests()).isEqualTo(s.requests());
    assertThat(progress).isNotEmpty();
  }
}
