package dev.kayakomcp.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kayakomcp.client.RecordingServer.Answer;
import dev.kayakomcp.xml.Fixtures;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link KayakoClient#ticketLookupsCached()} tells when a ticket view's lookups cost nothing. */
@Timeout(30)
class LookupShortcutTest {

  private static void serveLookups(RecordingServer server) {
    server.on("/Base/Department", Answer.xml(Fixtures.bytes("departments.xml")));
    server.on("/Tickets/TicketStatus", Answer.xml(Fixtures.bytes("ticketstatuses.xml")));
    server.on("/Tickets/TicketPriority", Answer.xml(Fixtures.bytes("ticketpriorities.xml")));
    server.on("/Tickets/TicketType", Answer.xml(Fixtures.bytes("tickettypes.xml")));
    server.on("/Base/Staff", Answer.xml(Fixtures.bytes("staff.xml")));
  }

  @Test
  void onlyWhenAllFiveAreCached() throws Exception {
    try (RecordingServer server = new RecordingServer()) {
      serveLookups(server);
      KayakoClient client = ClientFixture.client(server);
      assertThat(client.ticketLookupsCached()).isFalse();
      client.departments();
      client.ticketStatuses();
      client.ticketPriorities();
      client.ticketTypes();
      assertThat(client.ticketLookupsCached()).isFalse();
      client.staff();
      assertThat(client.ticketLookupsCached()).isTrue();
      int requests = server.requests().size();
      client.staff();
      assertThat(server.requests()).hasSize(requests);
    }
  }

  @Test
  void neverWithCachingOff() throws Exception {
    try (RecordingServer server = new RecordingServer()) {
      serveLookups(server);
      KayakoClient client =
          ClientFixture.client(
              ClientFixture.settings(server.baseUrl()).withLookupTtl(Duration.ZERO),
              new ClientFixture.FakeTicker());
      client.departments();
      client.ticketStatuses();
      client.ticketPriorities();
      client.ticketTypes();
      client.staff();
      client.staff();
      assertThat(client.ticketLookupsCached()).isFalse();
      assertThat(server.requests()).hasSize(6);
    }
  }
}
