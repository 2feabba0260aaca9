package dev.kayakomcp.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.emulator.Helpdesk;
import dev.kayakomcp.emulator.TestHelpdesk;
import dev.kayakomcp.model.Directory;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.report.Aggregation;
import dev.kayakomcp.report.Dimension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportChartTest {

  private static final long NOW = 1_710_000_000L;

  private static Directory directory() {
    Helpdesk h = TestHelpdesk.build();
    return new Directory(
        new ArrayList<>(h.departments.values()),
        new ArrayList<>(h.statuses.values()),
        new ArrayList<>(h.priorities.values()),
        new ArrayList<>(h.types.values()),
        new ArrayList<>(h.staff.values()));
  }

  private static Aggregation filled(List<Dimension> dims) {
    Aggregation a = new Aggregation(dims, directory(), NOW, 0);
    Helpdesk h = TestHelpdesk.build();
    for (Ticket t : h.tickets.values()) {
      a.add(t);
    }
    return a;
  }

  @Test
  void drawsAPngHeadless() {
    ReportChart.Drawn d =
        new ReportChart().draw(filled(List.of(Dimension.DEPARTMENT, Dimension.STATUS)), "Tickets");
    assertThat(d.failure()).isNull();
    assertThat(d.png()).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void aJvmWithoutFontsGivesAReasonInsteadOfAChart() {
    ReportChart chart =
        new ReportChart(
            c -> {
              throw new InternalError(
                  "Fontconfig head is null, check your fonts or fonts" + " configuration");
            });
    ReportChart.Drawn d = chart.draw(filled(List.of(Dimension.DEPARTMENT)), "Tickets");
    assertThat(d.png()).isNull();
    assertThat(d.failure()).startsWith("the chart could not be drawn").contains("Fontconfig");
  }

  @Test
  void chartsNeedAGroupingAndAtMostTwentyGroupsUnlessTimeIsOnTheAxis() {
    assertThat(ReportChart.unsuitable(filled(List.of()))).contains("group_by");
    assertThat(ReportChart.unsuitable(filled(List.of(Dimension.STATUS)))).isNull();
    Aggregation many = new Aggregation(List.of(Dimension.CUSTOMER), directory(), NOW, 0);
    Aggregation days = new Aggregation(List.of(Dimension.CREATED_DAY), directory(), NOW, 0);
    Ticket sample = TestHelpdesk.build().tickets.firstEntry().getValue();
    for (int i = 1; i <= 21; i++) {
      Ticket t = copy(sample, i);
      many.add(t);
      days.add(t);
    }
    assertThat(ReportChart.unsuitable(many)).contains("at most 20 groups");
    assertThat(ReportChart.unsuitable(days)).isNull();
  }

  private static Ticket copy(Ticket t, int i) {
    return new Ticket(
        t.id() + i,
        t.flagType(),
        t.displayId(),
        t.departmentId(),
        t.statusId(),
        t.priorityId(),
        t.typeId(),
        1000 + i,
        t.userOrganization(),
        t.userOrganizationId(),
        t.ownerStaffId(),
        t.ownerStaffName(),
        "Customer " + i,
        "c" + i + "@example.com",
        t.lastReplier(),
        t.subject(),
        t.creationTime() - i * 86_400L,
        t.lastActivity(),
        t.lastStaffReply(),
        t.lastUserReply(),
        t.slaPlanId(),
        t.nextReplyDue(),
        t.resolutionDue(),
        t.replies(),
        t.ipAddress(),
        t.creator(),
        t.creationMode(),
        t.creationType(),
        t.escalated(),
        t.escalationRuleId(),
        t.templateGroupId(),
        t.tags(),
        t.templateGroupName(),
        t.watchers(),
        t.workflows(),
        t.notes(),
        t.timeTracks(),
        null);
  }
}
