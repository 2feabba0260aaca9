package dev.kayakomcp.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.model.TicketCount;
import dev.kayakomcp.model.TicketCount.Counter;
import org.junit.jupiter.api.Test;

class TicketCountReaderTest {

  @Test
  void readsAllSectionsSkippingComments() {
    TicketCount c = TicketCountReader.ticketCount(Fixtures.parse("ticketcount.xml"));

    assertThat(c.departments()).hasSize(1);
    TicketCount.DepartmentCount d = c.departments().get(0);
    assertThat(d.id()).isEqualTo(3);
    assertThat(d.totalItems()).isEqualTo(42);
    assertThat(d.totalUnresolvedItems()).isEqualTo(7);
    assertThat(d.lastActivity()).isEqualTo(1700003600L);
    assertThat(d.statuses())
        .containsExactly(new Counter(1, 1700003600L, 7, -1), new Counter(3, 1699000000L, 35, -1));
    assertThat(d.types()).containsExactly(new Counter(1, 1700003600L, 42, 7));
    assertThat(d.owners()).extracting(Counter::id).containsExactly(0, 4);
    assertThat(c.statuses()).hasSize(2);
    assertThat(c.owners()).containsExactly(new Counter(4, 1700003600L, 40, 5));
    assertThat(c.unassigned()).containsExactly(new Counter(3, 1699990000L, 2, 2));
  }

  @Test
  void missingSectionsAreEmpty() throws Exception {
    TicketCount c =
        TicketCountReader.ticketCount(
            SafeXml.parse(
                "<ticketcount></ticketcount>".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(c.departments()).isEmpty();
    assertThat(c.unassigned()).isEmpty();
  }
}
