package dev.kayakomcp.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.model.Staff;
import dev.kayakomcp.model.User;
import dev.kayakomcp.model.UserOrganization;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleReaderTest {

  @Test
  void readsStaff() {
    assertThat(PeopleReader.staff(Fixtures.parse("staff.xml")))
        .containsExactly(
            new Staff(
                4,
                2,
                "Dana",
                "Agent",
                "Dana Agent",
                "dana",
                "dana@support.example.com",
                "Support Engineer",
                "",
                "",
                true,
                "Europe/Berlin",
                true,
                "Dana, Example Support"));
  }

  @Test
  void readsUserWithSeveralAddresses() {
    User u = PeopleReader.users(Fixtures.parse("users.xml")).get(0);
    assertThat(u.id()).isEqualTo(57);
    assertThat(u.emails()).containsExactly("pat@example.com", "pat.customer@example.org");
    assertThat(u.salutation()).isEqualTo("Ms.");
    assertThat(u.phone()).isEqualTo("+1 555 0100");
    assertThat(u.userOrganizationId()).isEqualTo(8);
    assertThat(u.timezone()).isEmpty();
    assertThat(u.lastVisit()).isEqualTo(1699990000L);
  }

  @Test
  void emptyIntegerElementsAreZeroAndPhonesStayText() {
    List<User> users = PeopleReader.users(Fixtures.parse("users-edge.xml"));

    User zoe = users.get(0);
    assertThat(zoe.userGroupId()).isZero();
    assertThat(zoe.userOrganizationId()).isZero();
    assertThat(zoe.salutation()).isEmpty();
    assertThat(zoe.fullName()).isEqualTo("Zoë Ørsted");
    assertThat(zoe.phone()).isEqualTo("0044 20 7946 0000");
    assertThat(zoe.enabled()).isFalse();
    assertThat(zoe.userRole()).isEqualTo("manager");
    User sparse = users.get(1);
    assertThat(sparse.emails()).isEmpty();
    assertThat(sparse.phone()).isEqualTo("007");
    assertThat(sparse.slaPlanExpiry()).isZero();
  }

  @Test
  void readsOrganisationDespiteCommentsInside() {
    assertThat(PeopleReader.organizations(Fixtures.parse("userorganizations.xml")))
        .containsExactly(
            new UserOrganization(
                8,
                "Acme Widgets",
                "shared",
                "1 Example Way",
                "Springfield",
                "",
                "12345",
                "United States",
                "",
                "",
                "https://acme.example.com",
                1640000000L,
                1690000000L,
                0,
                0L));
  }
}
