package dev.kayakomcp.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.model.Department;
import dev.kayakomcp.model.StaffGroup;
import dev.kayakomcp.model.TicketPriority;
import dev.kayakomcp.model.TicketStatus;
import dev.kayakomcp.model.TicketType;
import dev.kayakomcp.model.UserGroup;
import java.util.List;
import org.junit.jupiter.api.Test;

class LookupReaderTest {

  @Test
  void readsDepartments() {
    assertThat(LookupReader.departments(Fixtures.parse("departments.xml")))
        .containsExactly(
            new Department(3, "Billing", "public", "tickets", 2, 0, true, List.of(2, 5)));
  }

  @Test
  void olderDepartmentsWithoutAppOrGroups() {
    List<Department> d = LookupReader.departments(Fixtures.parse("departments-old.xml"));

    assertThat(d.get(0).app()).isEqualTo("tickets");
    assertThat(d.get(0).isTicketDepartment()).isTrue();
    assertThat(d.get(0).userGroupIds()).isEmpty();
    assertThat(d.get(1).isTicketDepartment()).isFalse();
    assertThat(d.get(1).userGroupIds()).isEmpty();
    assertThat(d.get(1).displayOrder()).isZero();
  }

  @Test
  void readsStatuses() {
    TicketStatus open = LookupReader.ticketStatuses(Fixtures.parse("ticketstatuses.xml")).get(0);
    assertThat(open.title()).isEqualTo("Open");
    assertThat(open.displayIcon()).isEqualTo("{$themepath}icon_ticketstatusopen.png");
    assertThat(open.markAsResolved()).isFalse();
    assertThat(open.displayInMainList()).isTrue();
    assertThat(open.statusColor()).isEqualTo("#4eafcb");
    assertThat(open.staffGroupIds()).isEmpty();

    TicketStatus closed =
        LookupReader.ticketStatuses(Fixtures.parse("ticketstatuses-staffgroups.xml")).get(0);
    assertThat(closed.markAsResolved()).isTrue();
    assertThat(closed.displayIcon()).isEmpty();
    assertThat(closed.staffGroupIds()).containsExactly(1, 2);
  }

  @Test
  void readsPrioritiesAndTypes() {
    assertThat(LookupReader.ticketPriorities(Fixtures.parse("ticketpriorities.xml")))
        .containsExactly(
            new TicketPriority(2, "High", 2, "#ffffff", "#e08a00", "public", true, List.of(2)));
    assertThat(LookupReader.ticketTypes(Fixtures.parse("tickettypes.xml")))
        .containsExactly(
            new TicketType(
                1, "Issue", 1, 0, "{$themepath}icon_typeissue.png", "public", false, List.of()));
  }

  @Test
  void readsGroups() {
    assertThat(LookupReader.staffGroups(Fixtures.parse("staffgroups.xml")))
        .containsExactly(new StaffGroup(2, "Staff", false));
    assertThat(LookupReader.userGroups(Fixtures.parse("usergroups.xml")))
        .containsExactly(new UserGroup(2, "Registered", "registered", true));
  }
}
