package dev.kayakomcp.report;

import static dev.kayakomcp.report.HandTickets.DAY;
import static dev.kayakomcp.report.HandTickets.HOUR;
import static dev.kayakomcp.report.HandTickets.NOW;
import static dev.kayakomcp.report.HandTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttentionTest {

  @Test
  void ticketsAreRankedByTheirReasonsAndEachReasonIsSaidInWords() {
    Attention a = new Attention(HandTickets.directory(), NOW, 10);
    // Waiting 10 h, nothing else: score 10 h.
    a.add(ticket(1).userReply(NOW - 10 * HOUR).staffReply(NOW - 20 * HOUR).owner(4).build());
    // Waiting 2 h, reply overdue (+24 h), High and no owner (+24 h): 50 h.
    a.add(ticket(2).priority(2).userReply(NOW - 2 * HOUR).nextReplyDue(NOW - HOUR).build());
    // Staff replied last, escalated (+24 h), resolution overdue by a day (+12 h): 36 h.
    a.add(
        ticket(3)
            .owner(1)
            .userReply(NOW - 3 * DAY)
            .staffReply(NOW - DAY)
            .escalated()
            .resolutionDue(NOW - DAY)
            .build());
    // Nothing to act on: staff answered, nothing due.
    a.add(ticket(4).owner(4).userReply(NOW - 3 * DAY).staffReply(NOW - DAY).build());
    // Resolved: never considered.
    a.add(ticket(5).status(3).userReply(NOW - 9 * DAY).build());

    List<Attention.Item> ranked = a.ranked();
    assertThat(ranked.stream().map(i -> i.ticket().id())).containsExactly(2, 3, 1);
    assertThat(a.considered()).isEqualTo(4);
    assertThat(a.withReasons()).isEqualTo(3);
    assertThat(ranked.get(0).score()).isEqualTo(50 * HOUR);
    assertThat(ranked.get(0).reasons().stream().map(Attention.Reason::words))
        .containsExactlyInAnyOrder(
            "customer waiting 2h for a staff reply",
            "reply overdue by 1h",
            "High priority and no owner");
    assertThat(ranked.get(1).reasons().stream().map(Attention.Reason::words))
        .containsExactly("escalated", "resolution overdue by 1d");
    assertThat(ranked.get(2).waitingSeconds()).isEqualTo(10 * HOUR);
  }

  @Test
  void severalUnansweredCustomerPostsAddToTheScore() {
    Attention.Item base =
        Attention.rank(ticket(1).userReply(NOW - HOUR).build(), HandTickets.directory(), NOW);
    Attention.Item more = Attention.withConversation(base, 3);
    assertThat(more.score()).isEqualTo(HOUR + 16 * HOUR);
    assertThat(more.reasons().stream().map(Attention.Reason::words))
        .contains("3 customer posts with no staff answer");
    assertThat(Attention.withConversation(base, 1)).isSameAs(base);
  }

  @Test
  void onlyTheBestCandidatesAreKept() {
    Attention a = new Attention(HandTickets.directory(), NOW, 2);
    for (int i = 1; i <= 50; i++) {
      a.add(ticket(i).owner(4).userReply(NOW - i * HOUR).build());
    }
    assertThat(a.ranked().stream().map(i -> i.ticket().id())).containsExactly(50, 49);
    assertThat(a.withReasons()).isEqualTo(50);
  }
}
