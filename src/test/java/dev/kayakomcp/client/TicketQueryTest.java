package dev.kayakomcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kayakomcp.client.TicketQuery.SortOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketQueryTest {

  @Test
  void departmentsOnly() {
    assertThat(TicketQuery.forDepartments(List.of(3)).route())
        .isEqualTo("/Tickets/Ticket/ListAll/3");
  }

  @Test
  void fillsEarlierSegmentsWithDefaults() {
    assertThat(TicketQuery.forDepartments(List.of(3, 4)).withUsers(List.of(57)).route())
        .isEqualTo("/Tickets/Ticket/ListAll/3,4/-1/-1/57");
    assertThat(TicketQuery.forDepartments(List.of(3)).withOwners(List.of(0)).route())
        .isEqualTo("/Tickets/Ticket/ListAll/3/-1/0");
    assertThat(TicketQuery.forDepartments(List.of(3)).page(20, 40).route())
        .isEqualTo("/Tickets/Ticket/ListAll/3/-1/-1/-1/20/40");
    assertThat(TicketQuery.forDepartments(List.of(3)).page(0, 40).route())
        .isEqualTo("/Tickets/Ticket/ListAll/3/-1/-1/-1/-1/40");
  }

  @Test
  void allEightSegments() {
    TicketQuery q =
        new TicketQuery(
            List.of(1, 2),
            List.of(1, 3),
            List.of(4),
            List.of(57, 58),
            25,
            50,
            "LastActivity",
            SortOrder.DESC);
    assertThat(q.route())
        .isEqualTo("/Tickets/Ticket/ListAll/1,2/1,3/4/57,58/25/50/lastactivity/DESC");
    assertThat(q.countRoute()).isEqualTo("/Tickets/Ticket/GetTicketCount/1,2/1,3/4/57,58");
  }

  @Test
  void sortOrderWithoutFieldUsesTheDefaultField() {
    assertThat(TicketQuery.forDepartments(List.of(3)).sortedBy(null, SortOrder.DESC).route())
        .isEqualTo("/Tickets/Ticket/ListAll/3/-1/-1/-1/-1/0/ticketid/DESC");
  }

  @Test
  void validates() {
    assertThatThrownBy(() -> TicketQuery.forDepartments(List.of()))
        .hasMessageContaining("no 'all departments'");
    assertThatThrownBy(() -> TicketQuery.forDepartments(List.of(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TicketQuery.forDepartments(List.of(3)).sortedBy("subject", null))
        .hasMessageContaining("lastactivity");
    assertThatThrownBy(() -> TicketQuery.forDepartments(List.of(3)).page(-1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TicketQuery.forDepartments(List.of(3)).page(10, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sortWhitelistIsTheSpecs() {
    assertThat(TicketQuery.SORT_FIELDS)
        .hasSize(25)
        .doesNotHaveDuplicates()
        .startsWith("ticketstatustitle", "departmenttitle")
        .contains("ticketstatustitle", "dateline", "lastreplier", "prioritytitle")
        .doesNotContain("ticketid", "subject");
    assertThat(TicketQuery.SORT_FIELDS).allMatch(f -> f.equals(f.toLowerCase()));
  }
}
