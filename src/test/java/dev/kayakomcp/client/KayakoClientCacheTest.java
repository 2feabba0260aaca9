package dev.kayakomcp.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.client.RecordingServer.Answer;
import dev.kayakomcp.xml.Fixtures;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Lookup caching and display-id resolution. */
@Timeout(20)
class KayakoClientCacheTest {

  private RecordingServer server;
  private ClientFixture.FakeTicker ticker;
  private KayakoClient client;

  @BeforeEach
  void start() throws Exception {
    server = new RecordingServer();
    server.on("/Tickets/TicketStatus", Answer.xml(Fixtures.bytes("ticketstatuses.xml")));
    server.on("/Tickets/Ticket/QXV-418-20573", Answer.xml(Fixtures.bytes("ticket.xml")));
    ticker = new ClientFixture.FakeTicker();
    client =
        ClientFixture.client(
            ClientFixture.settings(server.baseUrl()).withLookupTtl(Duration.ofMinutes(5)), ticker);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void secondLookupIsServedFromCache() {
    assertThat(client.ticketStatuses()).hasSize(1);
    assertThat(client.ticketStatuses()).hasSize(1);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void lookupExpiresAfterTtl() {
    client.ticketStatuses();
    ticker.advance(Duration.ofMinutes(4));
    client.ticketStatuses();
    assertThat(server.requests()).hasSize(1);

    ticker.advance(Duration.ofMinutes(2));
    client.ticketStatuses();
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void clearCachesForcesReload() {
    client.ticketStatuses();
    client.clearCaches();
    client.ticketStatuses();
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void zeroTtlDisablesCaching() {
    KayakoClient uncached =
        ClientFixture.client(
            ClientFixture.settings(server.baseUrl()).withLookupTtl(Duration.ZERO), ticker);
    uncached.ticketStatuses();
    uncached.ticketStatuses();
    assertThat(server.requests()).hasSize(2);
  }

  @Test
  void failedLookupIsNotCached() {
    server.on("/Base/StaffGroup", Answer.text(500, "boom"));
    org.assertj.core.api.Assertions.catchThrowable(() -> client.staffGroups());
    server.on("/Base/StaffGroup", Answer.xml(Fixtures.bytes("staffgroups.xml")));
    assertThat(client.staffGroups()).hasSize(1);
  }

  @Test
  void displayIdIsResolvedOnce() {
    assertThat(client.resolveTicketId("QXV-418-20573")).isEqualTo(1042);
    assertThat(client.resolveTicketId(" QXV-418-20573 ")).isEqualTo(1042);
    assertThat(client.resolveTicketId("qxv-418-20573")).isEqualTo(1042);
    assertThat(server.requests()).hasSize(1);
    assertThat(server.last().route()).isEqualTo("/Tickets/Ticket/QXV-418-20573");
  }

  @Test
  void fetchingATicketByDisplayIdAlsoTeachesTheResolver() {
    client.ticket("QXV-418-20573");
    assertThat(client.resolveTicketId("QXV-418-20573")).isEqualTo(1042);
    assertThat(server.requests()).hasSize(1);
  }

  @Test
  void numericIdsPassThroughWithoutARequest() {
    assertThat(client.resolveTicketId("1042")).isEqualTo(1042);
    assertThat(client.resolveTicketId("#77")).isEqualTo(77);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void mergedTicketMayComeBackWithAnotherId() {
    server.on("/Tickets/Ticket/999", Answer.xml(Fixtures.bytes("ticket.xml")));
    assertThat(client.ticket("999").id()).isEqualTo(1042);
  }

  @Test
  void idsThatCannotBeRouteSegmentsAreRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> client.resolveTicketId("pat@example.com"))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.ticket("1/../2"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.requests()).isEmpty();
  }
}
