package dev.kayakomcp.report;

import static dev.kayakomcp.report.HandTickets.DAY;
import static dev.kayakomcp.report.HandTickets.HOUR;
import static dev.kayakomcp.report.HandTickets.NOW;
import static dev.kayakomcp.report.HandTickets.post;
import static dev.kayakomcp.report.HandTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Ticket;
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

    List<Attention.Item> ranked = Attention.sorted(a.candidates());
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
    assertThat(Attention.sorted(a.candidates()).stream().map(i -> i.ticket().id()))
        .containsExactly(50, 49);
    assertThat(a.withReasons()).isEqualTo(50);
  }

  @Test
  void conversationsAreReadOnlyWhileTheyCouldChangeTheFirstPlaces() {
    Ticket waitedLong = ticket(1).owner(4).userReply(NOW - 10 * HOUR).build();
    Ticket manyPosts =
        ticket(2)
            .owner(4)
            .userReply(NOW - 2 * HOUR)
            .replies(3)
            .posts(
                post(1, PostCreator.USER, NOW - 5 * HOUR, false),
                post(2, PostCreator.USER, NOW - 4 * HOUR, false),
                post(3, PostCreator.CC, NOW - 3 * HOUR, false),
                post(4, PostCreator.USER, NOW - 2 * HOUR, false))
            .build();
    Ticket fewPosts = ticket(3).owner(4).userReply(NOW - HOUR).replies(1).build();
    FakeSource s = new FakeSource(List.of(waitedLong, manyPosts.withPosts(null), fewPosts));
    s.withPosts.put(2, manyPosts);
    AttentionEngine.Found found =
        new AttentionEngine(s, s, p -> {}, 4)
            .run(t -> true, HandTickets.directory(), NOW, 1, 200_000);
    // Ticket 2: 2 h waiting + 3 × 8 h for four unanswered customer posts = 26 h, above ticket 1's
    // 10 h; ticket 3 can reach at most 1 h + 8 h, so its conversation is never read.
    assertThat(found.items().stream().map(i -> i.ticket().id())).containsExactly(2);
    assertThat(found.items().get(0).score()).isEqualTo(26 * HOUR);
    assertThat(s.gets.get()).isEqualTo(1);
    assertThat(found.requests()).isEqualTo(s.requests());
  }
}
