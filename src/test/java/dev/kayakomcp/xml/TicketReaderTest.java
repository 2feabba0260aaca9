package dev.kayakomcp.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.model.NoteType;
import dev.kayakomcp.model.Post;
import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Ticket;
import dev.kayakomcp.model.Watcher;
import dev.kayakomcp.model.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketReaderTest {

  @Test
  void readsEveryFieldOfTheSpecTicket() {
    List<Ticket> tickets = TicketReader.tickets(Fixtures.parse("ticket.xml"));

    assertThat(tickets).hasSize(1);
    Ticket t = tickets.get(0);
    assertThat(t.id()).isEqualTo(1042);
    assertThat(t.flagType()).isEqualTo(2);
    assertThat(t.displayId()).isEqualTo("QXV-418-20573");
    assertThat(t.departmentId()).isEqualTo(3);
    assertThat(t.statusId()).isEqualTo(1);
    assertThat(t.priorityId()).isEqualTo(2);
    assertThat(t.typeId()).isEqualTo(1);
    assertThat(t.userId()).isEqualTo(57);
    assertThat(t.userOrganization()).isEqualTo("Acme Widgets");
    assertThat(t.userOrganizationId()).isEqualTo(8);
    assertThat(t.ownerStaffId()).isEqualTo(4);
    assertThat(t.ownerStaffName()).isEqualTo("Dana Agent");
    assertThat(t.fullName()).isEqualTo("Pat Customer");
    assertThat(t.email()).isEqualTo("pat@example.com");
    assertThat(t.lastReplier()).isEqualTo("Dana Agent");
    assertThat(t.subject()).isEqualTo("Cannot reset my password");
    assertThat(t.creationTime()).isEqualTo(1700000000L);
    assertThat(t.lastActivity()).isEqualTo(1700003600L);
    assertThat(t.lastStaffReply()).isEqualTo(1700003600L);
    assertThat(t.lastUserReply()).isEqualTo(1700000000L);
    assertThat(t.slaPlanId()).isEqualTo(1);
    assertThat(t.nextReplyDue()).isZero();
    assertThat(t.resolutionDue()).isEqualTo(1700259200L);
    assertThat(t.replies()).isEqualTo(1);
    assertThat(t.ipAddress()).isEqualTo("203.0.113.10");
    assertThat(t.creator()).isEqualTo(2);
    assertThat(t.creationMode()).isEqualTo(4);
    assertThat(t.creationType()).isEqualTo(1);
    assertThat(t.escalated()).isFalse();
    assertThat(t.templateGroupId()).isEqualTo(1);
    assertThat(t.tags()).isEqualTo("login password");
    assertThat(t.templateGroupName()).isEqualTo("Default");
    assertThat(t.watchers()).containsExactly(new Watcher(4, "Dana Agent"));
    assertThat(t.workflows()).containsExactly(new Workflow(2, "Escalate to Tier 2"));
  }

  @Test
  void splitsNotesByTypeAndTimeTracksOut() {
    Ticket t = TicketReader.tickets(Fixtures.parse("ticket.xml")).get(0);

    assertThat(t.notes())
        .extracting(n -> n.type(), n -> n.id(), n -> n.ownerId())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(NoteType.TICKET, 15, 1042),
            org.assertj.core.groups.Tuple.tuple(NoteType.USER, 6, 57),
            org.assertj.core.groups.Tuple.tuple(NoteType.USER_ORGANIZATION, 2, 8));
    assertThat(t.notes().get(0).contents()).isEqualTo("Identity confirmed by phone.");
    assertThat(t.notes().get(0).creationDate()).isEqualTo(1700001800L);
    assertThat(t.notes().get(2).noteColor()).isEqualTo(4);
    assertThat(t.timeTracks()).hasSize(1);
    assertThat(t.timeTracks().get(0).timeWorked()).isEqualTo(900);
    assertThat(t.timeTracks().get(0).timeBillable()).isEqualTo(600);
    assertThat(t.timeTracks().get(0).workerStaffName()).isEqualTo("Dana Agent");
    assertThat(t.timeTracks().get(0).contents()).isEqualTo("Checked SSO logs.");
  }

  @Test
  void readsPostsInsideTheTicket() {
    List<Post> posts = TicketReader.tickets(Fixtures.parse("ticket.xml")).get(0).posts();

    assertThat(posts).extracting(Post::id).containsExactly(2210, 2214);
    Post staffReply = posts.get(1);
    assertThat(staffReply.creator()).isEqualTo(PostCreator.STAFF);
    assertThat(staffReply.html()).isTrue();
    assertThat(staffReply.emailed()).isTrue();
    assertThat(staffReply.staffId()).isEqualTo(4);
    assertThat(staffReply.emailTo()).isEqualTo("pat@example.com");
    assertThat(staffReply.contents()).isEqualTo("<p>Hi Pat,</p><p>I have sent a new link.</p>");
    assertThat(posts.get(0).creator()).isEqualTo(PostCreator.USER);
    assertThat(posts.get(0).emailTo()).isEmpty();
    assertThat(posts.get(0).attachments()).isEmpty();
  }

  @Test
  void listAllTicketsHaveNullPostsAndTolerateMissingAndExtraElements() {
    List<Ticket> tickets = TicketReader.tickets(Fixtures.parse("tickets-listall.xml"));

    assertThat(tickets).extracting(Ticket::id).containsExactly(1043, 1044);
    Ticket sequential = tickets.get(0);
    assertThat(sequential.posts()).isNull();
    assertThat(sequential.displayId()).isEqualTo("1043");
    assertThat(sequential.userOrganizationId()).isZero();
    assertThat(sequential.userOrganization()).isEmpty();
    assertThat(sequential.templateGroupId()).isZero();
    assertThat(sequential.templateGroupName()).isEmpty();
    assertThat(sequential.subject()).isEqualTo("Drucker brennt – Größe ÄÖÜ 日本語 😀");
    assertThat(sequential.fullName()).isEqualTo("Jürgen Groß");
    assertThat(sequential.watchers()).isEmpty();
    assertThat(sequential.notes()).isEmpty();

    Ticket old = tickets.get(1);
    assertThat(old.flagType()).isZero();
    assertThat(old.priorityId()).isZero();
    assertThat(old.email()).isEmpty();
    assertThat(old.notes()).hasSize(1);
    assertThat(old.notes().get(0).creatorStaffId()).isZero();
    assertThat(old.notes().get(0).creatorStaffName()).isEqualTo("Night Shift");
    assertThat(old.notes().get(0).forStaffId()).isEqualTo(4);
    assertThat(old.timeTracks()).hasSize(1);
    assertThat(old.timeTracks().get(0).contents()).isEmpty();
  }

  @Test
  void emptyWrapperIsAnEmptyList() {
    assertThat(TicketReader.tickets(Fixtures.parse("tickets-empty.xml"))).isEmpty();
  }

  @Test
  void readsGetTicketCount() {
    assertThat(TicketReader.totalCount(Fixtures.parse("totalcount.xml"))).hasValue(17);
    assertThat(TicketReader.totalCount(Fixtures.parse("tickets-empty.xml"))).isEmpty();
  }

  @Test
  void emptyPostsElementIsAnEmptyListNotNull() throws Exception {
    XmlNode root =
        SafeXml.parse(
            "<tickets><ticket id=\"9\"><posts>\n</posts></ticket></tickets>"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    Ticket t = TicketReader.tickets(root).get(0);
    assertThat(t.posts()).isNotNull().isEmpty();
    assertThat(t.watchers()).isNotNull();
    assertThat(t.workflows()).isNotNull();
    assertThat(t.notes()).isNotNull();
    assertThat(t.timeTracks()).isNotNull();
  }
}
