package dev.kayakomcp.report;

import static dev.kayakomcp.report.HandTickets.HOUR;
import static dev.kayakomcp.report.HandTickets.NOW;
import static dev.kayakomcp.report.HandTickets.post;
import static dev.kayakomcp.report.HandTickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.model.PostCreator;
import dev.kayakomcp.model.Ticket;
import org.junit.jupiter.api.Test;

class ResponseTimesTest {

  private static final long T0 = NOW - 48 * HOUR;

  @Test
  void privateStaffPostsAreSkipped() {
    Ticket t =
        ticket(1)
            .created(T0)
            .posts(
                post(1, PostCreator.USER, T0, false),
                post(2, PostCreator.STAFF, T0 + HOUR, true),
                post(3, PostCreator.STAFF, T0 + 3 * HOUR, false))
            .build();
    assertThat(ResponseTimes.firstResponse(t)).isEqualTo(3 * HOUR);
  }

  @Test
  void aTicketOpenedByStaffIsNotItsOwnAnswer() {
    Ticket t =
        ticket(1)
            .created(T0)
            .posts(
                post(1, PostCreator.STAFF, T0, false),
                post(2, PostCreator.USER, T0 + HOUR, false),
                post(3, PostCreator.STAFF, T0 + 5 * HOUR, false))
            .build();
    assertThat(ResponseTimes.firstResponse(t)).isEqualTo(5 * HOUR);
  }

  @Test
  void noPublicStaffPostMeansNoFirstResponseYet() {
    Ticket t =
        ticket(1)
            .created(T0)
            .posts(post(1, PostCreator.USER, T0, false), post(2, PostCreator.STAFF, T0 + 1, true))
            .build();
    assertThat(ResponseTimes.firstResponse(t)).isNull();
  }

  @Test
  void unansweredCustomerPostsCountSinceTheLastPublicStaffPost() {
    Ticket t =
        ticket(1)
            .posts(
                post(1, PostCreator.USER, T0, false),
                post(2, PostCreator.STAFF, T0 + 1, false),
                post(3, PostCreator.USER, T0 + 2, false),
                post(4, PostCreator.CC, T0 + 3, false),
                post(5, PostCreator.STAFF, T0 + 4, true))
            .build();
    assertThat(ResponseTimes.unansweredCustomerPosts(t)).isEqualTo(2);
  }
}
