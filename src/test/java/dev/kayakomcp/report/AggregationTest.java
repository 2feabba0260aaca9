package dev.kayakomcp.report;

import static dev.kayakomcp.report.HandTickets.DAY;
import static dev.kayakomcp.report.HandTickets.HOUR;
import static dev.kayakomcp.report.HandTickets.NOW;
import static dev.kayakomcp.report.HandTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.model.Ticket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AggregationTest {

  /** Five tickets whose figures are worked out by hand in the assertions. */
  private static List<Ticket> five() {
    return List.of(
        ticket(1)
            .created(NOW - 10 * DAY)
            .lastActivity(NOW - 2 * DAY)
            .userReply(NOW - 2 * DAY)
            .staffReply(NOW - 3 * DAY)
            .replies(3)
            .time(3600, 1800)
            .escalated()
            .build(),
        ticket(2)
            .created(NOW - 4 * DAY)
            .lastActivity(NOW - DAY)
            .staffReply(NOW - DAY)
            .userReply(NOW - 4 * DAY)
            .nextReplyDue(NOW - HOUR)
            .replies(1)
            .build(),
        ticket(3)
            .status(3)
            .created(NOW - 20 * DAY)
            .lastActivity(NOW - 15 * DAY)
            .replies(5)
            .time(600, 0)
            .build(),
        ticket(4)
            .department(2)
            .created(NOW - DAY)
            .lastActivity(NOW - DAY)
            .userReply(NOW - DAY)
            .resolutionDue(NOW + DAY)
            .build(),
        ticket(5)
            .department(2)
            .status(3)
            .created(NOW - 3 * DAY)
            .lastActivity(NOW - DAY)
            .replies(2)
            .build());
  }

  private static Aggregation byDepartment() {
    Aggregation a = new Aggregation(List.of(Dimension.DEPARTMENT), HandTickets.directory(), NOW, 0);
    five().forEach(a::add);
    return a;
  }

  @Test
  void figuresPerGroupMatchTheHandCount() {
    Aggregation a = byDepartment();
    Map<GroupKey, GroupStats> groups = a.groups();
    assertThat(groups.keySet())
        .containsExactly(new GroupKey(List.of("1")), new GroupKey(List.of("2")));
    GroupStats general = groups.get(new GroupKey(List.of("1")));
    assertThat(general.count()).isEqualTo(3);
    assertThat(general.unresolved()).isEqualTo(2);
    assertThat(general.openAge().median()).isEqualTo(4 * DAY);
    assertThat(general.openAge().p90()).isEqualTo(10 * DAY);
    assertThat(general.sinceActivity().median()).isEqualTo(DAY);
    assertThat(general.waiting()).isEqualTo(1);
    assertThat(general.longestWait()).isEqualTo(2 * DAY);
    assertThat(general.overdue()).isEqualTo(1);
    assertThat(general.escalated()).isEqualTo(1);
    assertThat(general.replies().median()).isEqualTo(3);
    assertThat(general.worked()).isEqualTo(4200);
    assertThat(general.billable()).isEqualTo(1800);
    assertThat(general.resolution().median()).isEqualTo(5 * DAY);
    assertThat(a.label(new GroupKey(List.of("1")), 0)).isEqualTo("General");

    GroupStats billing = groups.get(new GroupKey(List.of("2")));
    assertThat(billing.count()).isEqualTo(2);
    assertThat(billing.unresolved()).isEqualTo(1);
    assertThat(billing.waiting()).isEqualTo(1);
    assertThat(billing.longestWait()).isEqualTo(DAY);
    assertThat(billing.overdue()).isZero();
    assertThat(billing.replies().median()).isZero();
    assertThat(billing.resolution().median()).isEqualTo(2 * DAY);
  }

  @Test
  void totalsCoverEveryTicket() {
    GroupStats total = byDepartment().total();
    assertThat(total.count()).isEqualTo(5);
    assertThat(total.unresolved()).isEqualTo(3);
    assertThat(total.openAge().median()).isEqualTo(4 * DAY);
    assertThat(total.openAge().p90()).isEqualTo(10 * DAY);
    assertThat(total.waiting()).isEqualTo(2);
    assertThat(total.longestWait()).isEqualTo(2 * DAY);
    assertThat(total.resolution().median()).isEqualTo(2 * DAY);
    assertThat(total.resolution().p90()).isEqualTo(5 * DAY);
  }

  @Test
  void twoDimensionsNestTheSecondInTheFirst() {
    Aggregation a =
        new Aggregation(
            List.of(Dimension.DEPARTMENT, Dimension.STATUS), HandTickets.directory(), NOW, 0);
    five().forEach(a::add);
    assertThat(a.groups().keySet())
        .containsExactly(
            new GroupKey(List.of("1", "1")),
            new GroupKey(List.of("1", "3")),
            new GroupKey(List.of("2", "1")),
            new GroupKey(List.of("2", "3")));
    assertThat(a.groups().get(new GroupKey(List.of("1", "1"))).count()).isEqualTo(2);
  }

  @Test
  void aTicketCountsOnceInEachOfItsTagsAndUntaggedOnesHaveTheirOwnGroup() {
    Aggregation a = new Aggregation(List.of(Dimension.TAG), HandTickets.directory(), NOW, 0);
    a.add(ticket(1).tags("vip billing").build());
    a.add(ticket(2).tags("billing").build());
    a.add(ticket(3).build());
    Map<GroupKey, GroupStats> g = a.groups();
    assertThat(g.get(new GroupKey(List.of("billing"))).count()).isEqualTo(2);
    assertThat(g.get(new GroupKey(List.of("vip"))).count()).isEqualTo(1);
    assertThat(g.get(new GroupKey(List.of(""))).count()).isEqualTo(1);
    assertThat(a.label(new GroupKey(List.of("")), 0)).isEqualTo("(no tag)");
    assertThat(a.total().count()).isEqualTo(3);
  }

  @Test
  void timeBucketsAreUtcDaysIsoWeeksAndMonthsInTimeOrder() {
    Aggregation a =
        new Aggregation(List.of(Dimension.CREATED_WEEK), HandTickets.directory(), NOW, 0);
    // NOW is Saturday 2024-03-09 16:00 UTC: ISO week 10, which began on Monday 4 March.
    a.add(ticket(1).created(NOW).build());
    a.add(ticket(2).created(NOW - 6 * DAY).build());
    a.add(ticket(3).created(NOW - 5 * DAY).build());
    assertThat(a.groups().keySet())
        .containsExactly(new GroupKey(List.of("2024-W09")), new GroupKey(List.of("2024-W10")));
    assertThat(a.label(new GroupKey(List.of("2024-W10")), 0))
        .isEqualTo("2024-W10 (from 2024-03-04)");
    assertThat(a.groups().get(new GroupKey(List.of("2024-W10"))).count()).isEqualTo(2);
    assertThat(Dimension.CREATED_MONTH.values(ticket(1).created(NOW).build(), null).get(0).id())
        .isEqualTo("2024-03");
  }

  @Test
  void theSampleKeepsTheNewestTicketsByCreation() {
    Aggregation a = new Aggregation(List.of(), HandTickets.directory(), NOW, 2);
    five().forEach(a::add);
    assertThat(a.sample().stream().map(Aggregation.Sampled::ticketId)).containsExactly(4, 5);
  }

  @Test
  void groupByWordsAreParsedLeniently() {
    assertThat(Dimension.parse("Organization")).isEqualTo(Dimension.ORGANISATION);
    assertThat(Dimension.parse("created week")).isEqualTo(Dimension.CREATED_WEEK);
    assertThat(Dimension.parse("updated:month")).isEqualTo(Dimension.UPDATED_MONTH);
    assertThat(Dimension.parse("created")).isEqualTo(Dimension.CREATED_DAY);
    assertThat(Dimension.parse("colour")).isNull();
  }

  @Test
  void percentilesAreByNearestRank() {
    Distribution d = new Distribution();
    for (long v : new long[] {7, 1, 3, 9, 5, 2, 8, 4, 6, 10}) {
      d.add(v);
    }
    assertThat(d.median()).isEqualTo(5);
    assertThat(d.p90()).isEqualTo(9);
    assertThat(d.max()).isEqualTo(10);
    assertThat(d.mean()).isEqualTo(6); // 5.5 rounds half up
    assertThat(new Distribution().median()).isNull();
  }
}
