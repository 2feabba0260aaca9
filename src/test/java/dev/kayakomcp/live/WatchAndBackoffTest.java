package dev.kayakomcp.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.client.RateLimitedException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WatchAndBackoffTest {

  @Test
  void subscribableUrisParseIntoTicketsAndQueues() {
    assertThat(Watch.parse("kayako://tickets/1042"))
        .get()
        .isInstanceOfSatisfying(
            Watch.TicketWatch.class, w -> assertThat(w.key()).isEqualTo("1042"));
    assertThat(Watch.parse("kayako://tickets/qxv-418-20573/posts"))
        .get()
        .isInstanceOfSatisfying(
            Watch.TicketWatch.class, w -> assertThat(w.key()).isEqualTo("QXV-418-20573"));
    assertThat(Watch.parse("kayako://queues/needs-attention"))
        .get()
        .isInstanceOfSatisfying(
            Watch.QueueWatch.class,
            w -> assertThat(w.queue()).isInstanceOf(Queue.NeedsAttention.class));
    assertThat(Watch.parse("kayako://departments/3/unresolved"))
        .get()
        .isInstanceOfSatisfying(
            Watch.QueueWatch.class, w -> assertThat(w.queue()).isEqualTo(new Queue.Unresolved(3)));
    assertThat(Watch.parse("kayako://departments")).isEmpty();
    assertThat(Watch.parse("test://watched-resource")).isEmpty();
    assertThat(Watch.parse("kayako://tickets/")).isEmpty();
    assertThat(Watch.parse(null)).isEmpty();
  }

  @Test
  void failedPollsWaitLongerEachTimeUpToTenIntervalsOrWhatKayakoAsks() {
    Duration i = Duration.ofSeconds(30);
    RuntimeException down = new IllegalStateException("down");
    assertThat(LivePoller.backoff(i, 1, down)).isEqualTo(Duration.ofSeconds(60));
    assertThat(LivePoller.backoff(i, 2, down)).isEqualTo(Duration.ofSeconds(120));
    assertThat(LivePoller.backoff(i, 3, down)).isEqualTo(Duration.ofSeconds(240));
    assertThat(LivePoller.backoff(i, 9, down)).isEqualTo(Duration.ofSeconds(300));
    RateLimitedException limited =
        new RateLimitedException("slow down", "", Duration.ofMinutes(15));
    assertThat(LivePoller.backoff(i, 1, limited)).isEqualTo(Duration.ofMinutes(15));
  }
}
